import { mutationOptions } from '@tanstack/react-query';
import type { VerifikError } from '../core/errors';
import {
  livenessCheck,
  registerFace,
  verifyFace,
  type FaceRegistered,
  type FaceVerified,
  type LivenessCheckInput,
  type LivenessResult,
  type RegisterFaceInput,
  type VerifyFaceInput,
} from './biometric';
import {
  sendEmailOtp,
  sendPhoneOtp,
  verifyEmailOtp,
  verifyPhoneOtp,
  type OtpSent,
  type OtpVerified,
  type SendEmailOtpInput,
  type SendPhoneOtpInput,
  type VerifyEmailOtpInput,
  type VerifyPhoneOtpInput,
} from './otp';
import type { RequestOptions, Transport } from './transport';

/** Mutation variables: the call's input plus an optional abort signal. */
export type WithSignal<Input> = Input & RequestOptions;

export interface SendMutationConfig {
  /**
   * How many times to retry a send that failed with `network` or `timeout`. Default 0: a retried
   * send may deliver a second code, so only the caller can decide it is worth it.
   */
  networkRetries?: number;
}

/** Stable keys, for `useMutationState` / `useIsMutating` filters. */
export const verifikMutationKeys = {
  all: ['verifik'] as const,
  sendEmailOtp: ['verifik', 'email', 'send-otp'] as const,
  verifyEmailOtp: ['verifik', 'email', 'verify-otp'] as const,
  sendPhoneOtp: ['verifik', 'phone', 'send-otp'] as const,
  verifyPhoneOtp: ['verifik', 'phone', 'verify-otp'] as const,
  livenessCheck: ['verifik', 'biometric', 'liveness-check'] as const,
  registerFace: ['verifik', 'biometric', 'register-face'] as const,
  verifyFace: ['verifik', 'biometric', 'verify-face'] as const,
};

function sendRetry(config: SendMutationConfig) {
  const limit = config.networkRetries ?? 0;
  return (failureCount: number, error: VerifikError) =>
    failureCount < limit && (error.code === 'network' || error.code === 'timeout');
}

// Endpoint functions read only their own fields, so the variables double as the input.
function split<Input extends object>(variables: WithSignal<Input>) {
  return { input: variables, options: { signal: variables.signal } };
}

export function sendEmailOtpMutation(transport: Transport, config: SendMutationConfig = {}) {
  return mutationOptions<OtpSent, VerifikError, WithSignal<SendEmailOtpInput>>({
    mutationKey: verifikMutationKeys.sendEmailOtp,
    mutationFn: (variables: WithSignal<SendEmailOtpInput>) => {
      const { input, options } = split(variables);
      return sendEmailOtp(transport, input, options);
    },
    retry: sendRetry(config),
  });
}

export function sendPhoneOtpMutation(transport: Transport, config: SendMutationConfig = {}) {
  return mutationOptions<OtpSent, VerifikError, WithSignal<SendPhoneOtpInput>>({
    mutationKey: verifikMutationKeys.sendPhoneOtp,
    mutationFn: (variables: WithSignal<SendPhoneOtpInput>) => {
      const { input, options } = split(variables);
      return sendPhoneOtp(transport, input, options);
    },
    retry: sendRetry(config),
  });
}

// Verifies never retry on their own: each try spends one of the code's five attempts.
export function verifyEmailOtpMutation(transport: Transport) {
  return mutationOptions<OtpVerified, VerifikError, WithSignal<VerifyEmailOtpInput>>({
    mutationKey: verifikMutationKeys.verifyEmailOtp,
    mutationFn: (variables: WithSignal<VerifyEmailOtpInput>) => {
      const { input, options } = split(variables);
      return verifyEmailOtp(transport, input, options);
    },
    retry: false,
  });
}

export function verifyPhoneOtpMutation(transport: Transport) {
  return mutationOptions<OtpVerified, VerifikError, WithSignal<VerifyPhoneOtpInput>>({
    mutationKey: verifikMutationKeys.verifyPhoneOtp,
    mutationFn: (variables: WithSignal<VerifyPhoneOtpInput>) => {
      const { input, options } = split(variables);
      return verifyPhoneOtp(transport, input, options);
    },
    retry: false,
  });
}

export function livenessCheckMutation(transport: Transport) {
  return mutationOptions<LivenessResult, VerifikError, WithSignal<LivenessCheckInput>>({
    mutationKey: verifikMutationKeys.livenessCheck,
    mutationFn: (variables: WithSignal<LivenessCheckInput>) => {
      const { input, options } = split(variables);
      return livenessCheck(transport, input, options);
    },
    retry: false,
  });
}

export function registerFaceMutation(transport: Transport) {
  return mutationOptions<FaceRegistered, VerifikError, WithSignal<RegisterFaceInput>>({
    mutationKey: verifikMutationKeys.registerFace,
    mutationFn: (variables: WithSignal<RegisterFaceInput>) => {
      const { input, options } = split(variables);
      return registerFace(transport, input, options);
    },
    retry: false,
  });
}

export function verifyFaceMutation(transport: Transport) {
  return mutationOptions<FaceVerified, VerifikError, WithSignal<VerifyFaceInput>>({
    mutationKey: verifikMutationKeys.verifyFace,
    mutationFn: (variables: WithSignal<VerifyFaceInput>) => {
      const { input, options } = split(variables);
      return verifyFace(transport, input, options);
    },
    retry: false,
  });
}
