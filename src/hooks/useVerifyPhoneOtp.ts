import { useMutation } from '@tanstack/react-query';
import type { OtpVerified, VerifyPhoneOtpInput } from '../api/otp';
import { verifyPhoneOtpMutation } from '../api/mutations';
import type { VerifikMutationHookOptions } from './verifikMutationHookOptions';
import { useVerifikTransport } from './useVerifikClient';

/** Checks a phone code; never retried by itself (each try spends an attempt). Variables: the input plus an optional `signal`. */
export function useVerifyPhoneOtp(
  options: VerifikMutationHookOptions<OtpVerified, VerifyPhoneOtpInput> = {},
) {
  const transport = useVerifikTransport();
  return useMutation({ ...options, ...verifyPhoneOtpMutation(transport) });
}
