import { useCallback, useMemo, useState } from 'react';
import { isVerifikError, VerifikError } from '../../core/errors';
import type { Messages } from '../../core/i18n/en';
import { errorMessage } from '../../core/i18n/messages';
import { createMediaPipeDetector } from '../../face/createMediaPipeDetector';
import type { FaceDetector } from '../../face/FaceDetector';
import type { PrecheckOptions } from '../../face/facePrecheck';
import type { FaceCaptures } from '../../face/frameCollector';
import { useFaceDetector } from '../../hooks/useFaceDetector';
import { useFaceSubmit, type FaceStepResult } from '../../hooks/useFaceSubmit';
import { FaceCamera } from './FaceCamera';
import { FaceIntro } from './FaceIntro';
import { FaceProblem } from './FaceProblem';

export interface FaceStepProps {
  /** The Verifik project the face is registered in. */
  projectId: string;
  /** `register` enrols `userId`'s face; `verify` signs `userId` in. */
  intent: 'register' | 'verify';
  /** The user whose face is enrolled or checked. Required to submit. */
  userId?: string;
  /** The merged dictionary (English under the host's locale and overrides). */
  messages: Messages;
  /** FaceLandmarker `.task` URL. Default: the official MediaPipe model (with blendshapes). */
  modelAssetPath?: string;
  /** Folder of tasks-vision's wasm files. Default: jsDelivr, tasks-vision 0.10.35. */
  wasmBasePath?: string;
  /** Default `CPU`. */
  delegate?: 'CPU' | 'GPU';
  /** A detector to use instead of MediaPipe (stories, tests, custom models). */
  detector?: FaceDetector;
  /** Pre-check thresholds and time-out. */
  precheck?: PrecheckOptions;
  onVerified(result: FaceStepResult): void;
  onError(error: VerifikError): void;
  /** Offered on the intro and on every error; omit it when there is no other method (the link is hidden). */
  onUseAnotherMethod?(): void;
}

type Stage = 'intro' | 'camera' | 'submitting' | 'problem';

// Retrying cannot fix a missing camera, a refused permission or an http page.
const FINAL_CODES = new Set([
  'camera_not_found',
  'camera_denied',
  'insecure_context',
  'usage',
  'already_enrolled',
]);

/** The face step: why the camera, then live guidance and the pre-check, then the API calls. */
export default function FaceStep(props: FaceStepProps) {
  const { messages, onError, onVerified } = props;
  const [stage, setStage] = useState<Stage>('intro');
  const [attempt, setAttempt] = useState(0);
  const [problem, setProblem] = useState<VerifikError | undefined>(undefined);
  const [loadAttempt, setLoadAttempt] = useState(0);
  const submit = useFaceSubmit({
    projectId: props.projectId,
    intent: props.intent,
    userId: props.userId,
  });
  const wanted = stage !== 'intro';
  const detector = useMemo(
    () =>
      wanted
        ? (props.detector ??
          createMediaPipeDetector({
            modelAssetPath: props.modelAssetPath,
            wasmBasePath: props.wasmBasePath,
            delegate: props.delegate,
          }))
        : undefined,
    // loadAttempt: a failed load is retried with a fresh detector.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [wanted, loadAttempt, props.detector, props.modelAssetPath, props.wasmBasePath, props.delegate],
  );

  const fail = useCallback(
    (error: unknown) => {
      const failure = isVerifikError(error)
        ? error
        : new VerifikError('unknown', 'The face step failed.', { cause: error });
      setProblem(failure);
      setStage('problem');
      onError(failure);
    },
    [onError],
  );
  const loaded = useFaceDetector(detector, fail);

  const passed = useCallback(
    (captures: FaceCaptures) => {
      setStage('submitting');
      submit(captures).then(onVerified, fail);
    },
    [submit, onVerified, fail],
  );
  const retry = () => {
    if (loaded.error) setLoadAttempt((count) => count + 1);
    setAttempt((count) => count + 1);
    setStage('camera');
  };

  return (
    <div className="vfk-face" data-step="face" data-state={stage}>
      {stage === 'intro' && (
        <FaceIntro
          messages={messages}
          onStart={() => setStage('camera')}
          onUseAnotherMethod={props.onUseAnotherMethod}
        />
      )}
      {stage === 'camera' && (
        <FaceCamera
          key={attempt}
          messages={messages}
          detector={loaded.ready}
          loadProgress={loaded.progress}
          precheck={props.precheck}
          onPassed={passed}
          onTimedOut={() => fail(new VerifikError('precheck_timeout', 'The pre-check timed out.'))}
          onError={fail}
        />
      )}
      {stage === 'camera' && props.onUseAnotherMethod && (
        <div className="vfk-actions">
          {/* Leaving unmounts the camera view, which stops its tracks. */}
          <button type="button" className="vfk-link" onClick={props.onUseAnotherMethod}>
            {messages.faceUseAnotherMethod}
          </button>
        </div>
      )}
      {stage === 'submitting' && (
        <p className="vfk-face-hint" role="status">
          {messages.faceSending}
        </p>
      )}
      {stage === 'problem' && problem && (
        <FaceProblem
          messages={messages}
          code={problem.code}
          message={errorMessage(problem, messages)}
          onRetry={FINAL_CODES.has(problem.code) ? undefined : retry}
          onUseAnotherMethod={props.onUseAnotherMethod}
        />
      )}
    </div>
  );
}
