import { emailProblem, normalizeEmail } from '../email';
import { VerifikError } from '../errors';
import { isCompleteCode, sanitizeCode } from '../otp/sanitizeCode';
import { resendAvailableAt } from '../otp/resendCountdown';
import type { FlowRequest, FlowState, FlowStep } from './flowTypes';

/** The reducer's building blocks: each takes a state and returns the next, or the same one. */

const E164 = /^\+[1-9]\d{6,14}$/;
const DEAD_CODE_ERRORS: ReadonlySet<string> = new Set([
  'otp_expired',
  'otp_locked',
  'otp_already_used',
  'validation_expired',
  'validation_not_found',
]);

export function isBusy(state: FlowState): boolean {
  return state.status === 'sending' || state.status === 'verifying';
}

function invalidField(field: string, reason: string): VerifikError {
  return new VerifikError('invalid_request', `Invalid ${field}`, {
    details: { fields: { [field]: reason } },
  });
}

export type RequestPayload = FlowRequest extends infer R
  ? R extends FlowRequest
    ? Omit<R, 'id'>
    : never
  : never;

export function startRequest(state: FlowState, payload: RequestPayload): FlowState {
  const request: FlowRequest = { ...payload, id: state.nextRequestId };
  return {
    ...state,
    status: payload.kind === 'send' ? 'sending' : 'verifying',
    request,
    nextRequestId: state.nextRequestId + 1,
    error: undefined,
  };
}

/** Clears everything about the current code; used when leaving the code step. */
export function withoutCode(state: FlowState, step: FlowStep): FlowState {
  return {
    ...state,
    step,
    status: 'idle',
    validationId: undefined,
    expiresAt: undefined,
    code: '',
    error: undefined,
    attemptsRemaining: undefined,
    request: undefined,
  };
}

export function submitIdentifier(
  state: FlowState,
  identifier: string,
  channel: FlowState['channel'],
): FlowState {
  if (state.step !== 'identifier' || isBusy(state)) return state;
  if (state.method === 'email') {
    const email = normalizeEmail(identifier);
    const problem = emailProblem(email);
    if (problem)
      return {
        ...state,
        identifier: email,
        status: 'error',
        error: invalidField('email', problem),
      };
    return startRequest(
      { ...state, identifier: email },
      { kind: 'send', method: 'email', identifier: email },
    );
  }
  if (state.method !== 'phone') return state;
  const phone = identifier.trim();
  const chosen = channel ?? state.channel ?? state.phoneChannels[0] ?? 'sms';
  if (!state.phoneChannels.includes(chosen)) {
    return { ...state, status: 'error', error: invalidField('channel', 'not_enabled') };
  }
  if (!E164.test(phone)) {
    return {
      ...state,
      identifier: phone,
      channel: chosen,
      status: 'error',
      error: invalidField('phone', 'invalid'),
    };
  }
  return startRequest(
    { ...state, identifier: phone, channel: chosen },
    { kind: 'send', method: 'phone', identifier: phone, channel: chosen },
  );
}

export function sendRequestFor(state: FlowState): RequestPayload | undefined {
  if (state.method === 'email')
    return { kind: 'send', method: 'email', identifier: state.identifier };
  if (state.method === 'phone' && state.channel) {
    return { kind: 'send', method: 'phone', identifier: state.identifier, channel: state.channel };
  }
  return undefined;
}

export function submitCode(state: FlowState, typed: string | undefined): FlowState {
  if (state.step !== 'code' || isBusy(state) || state.validationId === undefined) return state;
  if (state.method !== 'email' && state.method !== 'phone') return state;
  // These codes cannot work any more: a request would only repeat the error (resend or start over).
  if (state.error && DEAD_CODE_ERRORS.has(state.error.code)) return state;
  const code = typed === undefined ? state.code : sanitizeCode(typed);
  if (!isCompleteCode(code)) return { ...state, code };
  return startRequest(
    { ...state, code },
    {
      kind: 'verify',
      method: state.method,
      identifier: state.identifier,
      code,
      validationId: state.validationId,
    },
  );
}

export function isAnswerTo(
  state: FlowState,
  requestId: number,
  kind: FlowRequest['kind'],
): boolean {
  return isBusy(state) && state.request?.id === requestId && state.request.kind === kind;
}

export function failed(state: FlowState, error: VerifikError, now: number): FlowState {
  // Only the flow aborts its own requests (unmount, a hidden <Activity>): nothing to tell the user.
  if (error.code === 'aborted') return { ...state, status: 'idle', request: undefined };
  const rateLimited = error.code === 'rate_limited';
  const retryAvailableAt = rateLimited
    ? resendAvailableAt(now, [error.retryAfter], state.retryAvailableAt)
    : undefined;
  return {
    ...state,
    status: 'error',
    error,
    retryAvailableAt,
    // Keep the request only where repeating it unchanged can help; `retry` needs nothing retyped.
    request: error.retryable ? state.request : undefined,
  };
}
