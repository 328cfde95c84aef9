import type { WithSignal } from '../../api/mutations';
import type {
  OtpSent,
  OtpVerified,
  SendEmailOtpInput,
  SendPhoneOtpInput,
  VerifyEmailOtpInput,
  VerifyPhoneOtpInput,
} from '../../api/otp';
import { toVerifikError } from './createFlowController';
import type { FlowAction, FlowRequest } from './flowTypes';

/** The four calls the code flow makes (react-query `mutateAsync`s, or the plain functions). */
export interface FlowCalls {
  sendEmailOtp(input: WithSignal<SendEmailOtpInput>): Promise<OtpSent>;
  sendPhoneOtp(input: WithSignal<SendPhoneOtpInput>): Promise<OtpSent>;
  verifyEmailOtp(input: WithSignal<VerifyEmailOtpInput>): Promise<OtpVerified>;
  verifyPhoneOtp(input: WithSignal<VerifyPhoneOtpInput>): Promise<OtpVerified>;
}

/** Makes one flow request and reports its answer as the action that completes it. */
export async function executeFlowRequest(
  request: FlowRequest,
  signal: AbortSignal,
  projectId: string,
  calls: FlowCalls,
  now: () => number = Date.now,
): Promise<FlowAction> {
  const requestId = request.id;
  if (request.kind === 'send') {
    try {
      const result =
        request.method === 'email'
          ? await calls.sendEmailOtp({ email: request.identifier, projectId, signal })
          : await calls.sendPhoneOtp({
              phone: request.identifier,
              channel: request.channel,
              projectId,
              signal,
            });
      return { type: 'sendSucceeded', requestId, result, now: now() };
    } catch (cause) {
      return { type: 'sendFailed', requestId, error: toVerifikError(cause), now: now() };
    }
  }
  const { identifier, code, validationId } = request;
  try {
    const result =
      request.method === 'email'
        ? await calls.verifyEmailOtp({ email: identifier, code, validationId, signal })
        : await calls.verifyPhoneOtp({ phone: identifier, code, validationId, signal });
    return { type: 'verifySucceeded', requestId, result };
  } catch (cause) {
    return { type: 'verifyFailed', requestId, error: toVerifikError(cause), now: now() };
  }
}
