import { useMutation } from '@tanstack/react-query';
import type { OtpVerified, VerifyEmailOtpInput } from '../api/otp';
import { verifyEmailOtpMutation } from '../api/mutations';
import type { VerifikMutationHookOptions } from './verifikMutationHookOptions';
import { useVerifikTransport } from './useVerifikClient';

/** Checks an email code; never retried by itself (each try spends an attempt). Variables: the input plus an optional `signal`. */
export function useVerifyEmailOtp(
  options: VerifikMutationHookOptions<OtpVerified, VerifyEmailOtpInput> = {},
) {
  const transport = useVerifikTransport();
  return useMutation({ ...options, ...verifyEmailOtpMutation(transport) });
}
