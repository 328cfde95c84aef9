import { useMutation } from '@tanstack/react-query';
import type { LivenessResult, LivenessCheckInput } from '../api/biometric';
import { livenessCheckMutation } from '../api/mutations';
import type { VerifikMutationHookOptions } from './verifikMutationHookOptions';
import { useVerifikTransport } from './useVerifikClient';

/** Asks the server whether a face image (or frames) shows a live person. Variables: the input plus an optional `signal`. */
export function useLivenessCheck(
  options: VerifikMutationHookOptions<LivenessResult, LivenessCheckInput> = {},
) {
  const transport = useVerifikTransport();
  return useMutation({ ...options, ...livenessCheckMutation(transport) });
}
