import { useMutation } from '@tanstack/react-query';
import type { FaceVerified, VerifyFaceInput } from '../api/biometric';
import { verifyFaceMutation } from '../api/mutations';
import type { VerifikMutationHookOptions } from './verifikMutationHookOptions';
import { useVerifikTransport } from './useVerifikClient';

/** Matches a face against the enrolled one; a match carries the end-user token. Variables: the input plus an optional `signal`. */
export function useVerifyFace(
  options: VerifikMutationHookOptions<FaceVerified, VerifyFaceInput> = {},
) {
  const transport = useVerifikTransport();
  return useMutation({ ...options, ...verifyFaceMutation(transport) });
}
