import type { Ref } from 'react';
import type { VerifikError } from '../core/errors';
import type { Messages } from '../core/i18n/en';
import { ErrorAlert } from './ErrorAlert';
import { StepHeading } from './StepHeading';
import type { VerifikAccessFaceOptions } from './VerifikAccessProps';

export interface FaceStepSeamProps {
  projectId: string;
  face: VerifikAccessFaceOptions | undefined;
  messages: Messages;
  error: string | undefined;
  onSucceeded(result: { token: string; expiresAt: string; userId: string }): void;
  onFailed(error: VerifikError): void;
  onUseAnotherMethod: (() => void) | undefined;
  headingRef?: Ref<HTMLHeadingElement>;
}

/**
 * Where the face step plugs in. Until `./face/FaceStep` exists this says the method is not
 * available; it then becomes `lazy(() => import('./face/FaceStep'))` inside a Suspense.
 */
export function FaceStepSeam({ messages, onUseAnotherMethod, headingRef }: FaceStepSeamProps) {
  return (
    <div className="vfk-step">
      <StepHeading headingRef={headingRef}>{messages.faceTitle}</StepHeading>
      <ErrorAlert message={messages.errors.method_not_enabled} />
      {onUseAnotherMethod && (
        <div className="vfk-actions">
          <button type="button" className="vfk-link" onClick={onUseAnotherMethod}>
            {messages.useAnotherMethod}
          </button>
        </div>
      )}
    </div>
  );
}
