import type { FaceMessages } from '../../core/i18n/face';

export interface FaceProblemProps {
  messages: FaceMessages;
  /** The localized sentence for the error. */
  message: string;
  code: string;
  /** Absent where trying again cannot help (no camera, insecure page). */
  onRetry: (() => void) | undefined;
  onUseAnotherMethod: (() => void) | undefined;
}

/** An error the face step cannot get past alone: the reason, a retry where one can help, and a way out. */
export function FaceProblem({
  messages,
  message,
  code,
  onRetry,
  onUseAnotherMethod,
}: FaceProblemProps) {
  return (
    <div className="vfk-face-problem" data-code={code}>
      <p className="vfk-alert" role="alert">
        {message}
      </p>
      <div className="vfk-actions">
        {onRetry && (
          <button type="button" className="vfk-button" onClick={onRetry}>
            {messages.faceRetry}
          </button>
        )}
        {onUseAnotherMethod && (
          <button type="button" className="vfk-link" onClick={onUseAnotherMethod}>
            {messages.faceUseAnotherMethod}
          </button>
        )}
      </div>
    </div>
  );
}
