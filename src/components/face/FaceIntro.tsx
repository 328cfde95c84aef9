import type { FaceMessages } from '../../core/i18n/face';

export interface FaceIntroProps {
  messages: FaceMessages;
  onStart(): void;
  onUseAnotherMethod: (() => void) | undefined;
}

/** Says why the camera is needed before the browser asks for it. */
export function FaceIntro({ messages, onStart, onUseAnotherMethod }: FaceIntroProps) {
  return (
    <div className="vfk-face-intro">
      <p className="vfk-text">{messages.faceCameraWhy}</p>
      <div className="vfk-actions">
        <button type="button" className="vfk-button" onClick={onStart}>
          {messages.faceStartCamera}
        </button>
        {onUseAnotherMethod && (
          <button type="button" className="vfk-link" onClick={onUseAnotherMethod}>
            {messages.faceUseAnotherMethod}
          </button>
        )}
      </div>
    </div>
  );
}
