import { useEffect, useRef, useState } from 'react';
import Webcam from 'react-webcam';
import type { VerifikError } from '../../core/errors';
import { FACE_HINT_MESSAGES, type FaceMessages } from '../../core/i18n/face';
import { formatMessage } from '../../core/i18n/messages';
import type { FaceDetector } from '../../face/FaceDetector';
import type { PrecheckOptions } from '../../face/facePrecheck';
import type { FaceCaptures } from '../../face/frameCollector';
import { useCamera } from '../../hooks/useCamera';
import { useFacePrecheck } from '../../hooks/useFacePrecheck';
import { FaceOval } from './FaceOval';

export interface FaceCameraProps {
  messages: FaceMessages;
  /** The loaded detector; undefined while it loads. */
  detector: FaceDetector | undefined;
  loadProgress: number;
  precheck?: PrecheckOptions;
  onPassed(captures: FaceCaptures): void;
  onTimedOut(): void;
  onError(error: VerifikError | unknown): void;
}

const VIDEO_CONSTRAINTS = { facingMode: 'user', width: { ideal: 640 }, height: { ideal: 480 } };

/** The mirrored live video with the oval guide and one politely announced hint. */
export function FaceCamera(props: FaceCameraProps) {
  const { messages, detector, loadProgress } = props;
  const webcam = useRef<Webcam>(null);
  const [video, setVideo] = useState<HTMLVideoElement | null>(null);
  const camera = useCamera();
  const { onError } = props;

  useEffect(() => {
    if (camera.error) onError(camera.error);
  }, [camera.error, onError]);

  const { phase, hint } = useFacePrecheck({
    video: camera.status === 'live' ? video : null,
    detector,
    options: props.precheck,
    onPassed: (captures) => {
      camera.stop();
      props.onPassed(captures);
    },
    onTimedOut: () => {
      camera.stop();
      props.onTimedOut();
    },
    onError: (error) => {
      camera.stop();
      props.onError(error);
    },
  });

  let status: string;
  if (camera.status !== 'live') status = messages.faceStarting;
  else if (!detector)
    status = formatMessage(messages.faceLoadingProgress, {
      percent: Math.round(loadProgress * 100),
    });
  else status = hint ? messages[FACE_HINT_MESSAGES[hint]] : '';

  const oval =
    phase === 'passed' ? 'passed' : phase === 'blink' || phase === 'motion' ? 'good' : 'searching';
  return (
    <div className="vfk-face-camera" data-state={phase} data-hint={hint}>
      <div
        style={{
          position: 'relative',
          aspectRatio: '4 / 3',
          overflow: 'hidden',
          borderRadius: 'var(--vfk-radius, 12px)',
          background: '#000',
        }}
      >
        <Webcam
          ref={webcam}
          audio={false}
          mirrored
          muted
          playsInline
          aria-label={messages.faceVideoLabel}
          videoConstraints={VIDEO_CONSTRAINTS}
          onUserMedia={(stream) => {
            setVideo(webcam.current?.video ?? null);
            camera.onUserMedia(stream);
          }}
          onUserMediaError={camera.onUserMediaError}
          style={{ width: '100%', height: '100%', objectFit: 'cover', display: 'block' }}
        />
        <FaceOval state={oval} />
      </div>
      {!detector && camera.status === 'live' && (
        <progress className="vfk-face-progress" max={1} value={loadProgress} aria-hidden="true" />
      )}
      <p className="vfk-face-hint" role="status" aria-live="polite">
        {status}
      </p>
    </div>
  );
}
