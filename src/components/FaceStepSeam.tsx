import { lazy, Suspense, useMemo, type Ref } from 'react';
import { VerifikError } from '../core/errors';
import type { FaceOutcome } from '../core/flow/flowTypes';
import type { Locale, MessageOverrides } from '../core/i18n/messages';
import { resolveMessages } from '../core/i18n/resolveMessages';
import { StepHeading } from './StepHeading';
import type { VerifikAccessFaceOptions } from './VerifikAccessProps';

export interface FaceStepSeamProps {
  projectId: string;
  face: VerifikAccessFaceOptions | undefined;
  locale: Locale;
  /** The host's `messages` prop: the face strings load here, with this chunk, under them. */
  overrides: MessageOverrides | undefined;
  onSucceeded(outcome: FaceOutcome): void;
  onFailed(error: VerifikError): void;
  onUseAnotherMethod: (() => void) | undefined;
  headingRef?: Ref<HTMLHeadingElement>;
}

// Its own chunk: MediaPipe and the camera code load only when the face step opens.
const FaceStep = lazy(() => import('./face/FaceStep'));

/** Where the face step plugs in: the heading stays, the step itself loads lazily. */
export function FaceStepSeam(props: FaceStepSeamProps) {
  const { locale, overrides, face, onUseAnotherMethod, headingRef } = props;
  const intent = face?.intent ?? 'verify';
  const messages = useMemo(() => resolveMessages(locale, overrides), [locale, overrides]);
  return (
    <div className="vfk-step">
      <StepHeading headingRef={headingRef}>
        {intent === 'register' ? messages.faceEnrolTitle : messages.faceTitle}
      </StepHeading>
      <Suspense fallback={<p role="status">{messages.faceLoading}</p>}>
        <FaceStep
          projectId={props.projectId}
          intent={intent}
          userId={face?.userId}
          messages={messages}
          modelAssetPath={face?.modelAssetPath}
          wasmBasePath={face?.wasmBasePath}
          onVerified={(result) => {
            const outcome = faceOutcome(result);
            if (outcome) props.onSucceeded(outcome);
            else
              props.onFailed(new VerifikError('schema', 'verify-face matched but sent no token'));
          }}
          onError={props.onFailed}
          onUseAnotherMethod={onUseAnotherMethod}
        />
      </Suspense>
    </div>
  );
}

/** An enrolment needs no token; a sign-in without one is a server fault, not a success. */
function faceOutcome(result: {
  intent: 'register' | 'verify';
  userId: string;
  token?: string;
  expiresAt?: string;
}): FaceOutcome | undefined {
  if (result.intent === 'register') return { intent: 'register', userId: result.userId };
  if (!result.token || !result.expiresAt) return undefined;
  return {
    intent: 'verify',
    token: result.token,
    expiresAt: result.expiresAt,
    userId: result.userId,
  };
}
