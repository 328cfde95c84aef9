import { useMutation } from '@tanstack/react-query';
import type { OtpSent, SendEmailOtpInput } from '../api/otp';
import { sendEmailOtpMutation, type SendMutationConfig } from '../api/mutations';
import type { VerifikMutationHookOptions } from './verifikMutationHookOptions';
import { useVerifikTransport } from './useVerifikClient';

/** Sends a sign-in code by email. Variables: the input plus an optional `signal`. */
export function useSendEmailOtp(
  options: VerifikMutationHookOptions<OtpSent, SendEmailOtpInput> & SendMutationConfig = {},
) {
  const transport = useVerifikTransport();
  return useMutation({ ...options, ...sendEmailOtpMutation(transport, options) });
}
