import { useCallback } from 'react';
import { VerifikError } from '../core/errors';
import type { FaceCaptures } from '../face/frameCollector';
import { useLivenessCheck } from './useLivenessCheck';
import { useRegisterFace } from './useRegisterFace';
import { useVerifyFace } from './useVerifyFace';

export type FaceIntent = 'register' | 'verify';

export interface FaceStepResult {
  /** The end-user token (verify only). */
  token?: string;
  expiresAt?: string;
  userId: string;
  intent: FaceIntent;
}

/**
 * Sends the pre-checked frames. `register` enrols the best frame. `verify` first asks the server
 * to confirm liveness on the frames around the blink (it does not trust the browser's
 * pre-check), then matches the best frame under that validation id.
 */
export function useFaceSubmit(input: {
  projectId: string;
  intent: FaceIntent;
  userId: string | undefined;
}) {
  const { projectId, intent, userId } = input;
  const { mutateAsync: registerFace } = useRegisterFace();
  const { mutateAsync: livenessCheck } = useLivenessCheck();
  const { mutateAsync: verifyFace } = useVerifyFace();

  return useCallback(
    async (captures: FaceCaptures): Promise<FaceStepResult> => {
      if (!userId) throw new VerifikError('usage', 'The face step needs a userId.');
      if (intent === 'register') {
        await registerFace({ userId, projectId, faceImage: captures.best });
        return { userId, intent };
      }
      const liveness = await livenessCheck({
        faceImage: captures.best,
        faceImages: captures.sequence,
        projectId,
      });
      if (!liveness.passed)
        throw new VerifikError('liveness_failed', 'The server did not confirm liveness.');
      const verified = await verifyFace({
        userId,
        faceImage: captures.best,
        validationId: liveness.validationId,
      });
      if (!verified.match || !verified.token) {
        throw new VerifikError('face_mismatch', 'The face did not match.', {
          attemptsRemaining: verified.attemptsRemaining,
        });
      }
      return { token: verified.token, expiresAt: verified.expiresAt, userId, intent };
    },
    [intent, userId, projectId, registerFace, livenessCheck, verifyFace],
  );
}
