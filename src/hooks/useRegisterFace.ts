import { useMutation } from '@tanstack/react-query';
import type { FaceRegistered, RegisterFaceInput } from '../api/biometric';
import { registerFaceMutation } from '../api/mutations';
import type { VerifikMutationHookOptions } from './verifikMutationHookOptions';
import { useVerifikTransport } from './useVerifikClient';

/** Enrols a user's face for later face sign-in. Variables: the input plus an optional `signal`. */
export function useRegisterFace(
  options: VerifikMutationHookOptions<FaceRegistered, RegisterFaceInput> = {},
) {
  const transport = useVerifikTransport();
  return useMutation({ ...options, ...registerFaceMutation(transport) });
}
