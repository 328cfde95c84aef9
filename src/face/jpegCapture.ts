/** JPEG quality of the frames sent to the API: sharp enough to match, small enough to upload. */
export const JPEG_QUALITY = 0.9;

/** The API takes bare base64: drops a `data:...;base64,` prefix if present. */
export function stripDataUrlPrefix(dataUrl: string): string {
  const comma = dataUrl.indexOf(',');
  return dataUrl.startsWith('data:') && comma >= 0 ? dataUrl.slice(comma + 1) : dataUrl;
}

/** Copies what a video or canvas shows now into a new canvas of the same size. */
export function snapshot(source: HTMLVideoElement | HTMLCanvasElement): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.width = source instanceof HTMLVideoElement ? source.videoWidth : source.width;
  canvas.height = source instanceof HTMLVideoElement ? source.videoHeight : source.height;
  canvas.getContext('2d')?.drawImage(source, 0, 0, canvas.width, canvas.height);
  return canvas;
}

/** Base64 JPEG (no `data:` prefix) of a canvas, unmirrored: what the camera saw. */
export function canvasToJpegBase64(canvas: HTMLCanvasElement, quality = JPEG_QUALITY): string {
  return stripDataUrlPrefix(canvas.toDataURL('image/jpeg', quality));
}
