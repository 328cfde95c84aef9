import { useMutation } from '@tanstack/react-query';
import type { OtpSent, SendPhoneOtpInput } from '../api/otp';
import { sendPhoneOtpMutation, type SendMutationConfig } from '../api/mutations';
import type { VerifikMutationHookOptions } from './verifikMutationHookOptions';
import { useVerifikTransport } from './useVerifikClient';

/** Sends a sign-in code by SMS or WhatsApp. Variables: the input plus an optional `signal`. */
export function useSendPhoneOtp(
  options: VerifikMutationHookOptions<OtpSent, SendPhoneOtpInput> & SendMutationConfig = {},
) {
  const transport = useVerifikTransport();
  return useMutation({ ...options, ...sendPhoneOtpMutation(transport, options) });
}
