/**
 * Stories run in a browser with no camera: these replace getUserMedia with a canvas stream (a
 * real MediaStream, so react-webcam, the video element and requestVideoFrameCallback all work;
 * the scripted detector ignores the pixels) or with a refusal. Returns an undo function.
 */
export function installCanvasCamera(): () => void {
  const original = navigator.mediaDevices.getUserMedia;
  const canvas = document.createElement('canvas');
  canvas.width = 640;
  canvas.height = 480;
  const context = canvas.getContext('2d');
  let frame = 0;
  const timer = setInterval(() => {
    if (!context) return;
    frame++;
    context.fillStyle = '#2a5bd7';
    context.fillRect(0, 0, 640, 480);
    context.fillStyle = '#e8c4a8';
    context.beginPath();
    context.ellipse(320 + 4 * Math.sin(frame / 10), 240, 130, 165, 0, 0, Math.PI * 2);
    context.fill();
  }, 33);
  navigator.mediaDevices.getUserMedia = async () => canvas.captureStream(30);
  return () => {
    clearInterval(timer);
    navigator.mediaDevices.getUserMedia = original;
  };
}

export function installRefusedCamera(
  name: 'NotAllowedError' | 'NotFoundError' | 'NotReadableError',
): () => void {
  const original = navigator.mediaDevices.getUserMedia;
  navigator.mediaDevices.getUserMedia = async () => {
    throw new DOMException('Refused by the story', name);
  };
  return () => {
    navigator.mediaDevices.getUserMedia = original;
  };
}
