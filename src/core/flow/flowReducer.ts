import { VerifikError } from '../errors';
import { sanitizeCode } from '../otp/sanitizeCode';
import { resendAvailableAt } from '../otp/resendCountdown';
import {
  failed,
  isAnswerTo,
  isBusy,
  sendRequestFor,
  startRequest,
  submitCode,
  submitIdentifier,
  withoutCode,
} from './flowTransitions';
import type { FaceOutcome, FlowAction, FlowConfig, FlowState, FlowSuccess } from './flowTypes';

export { isBusy };

export function createInitialFlowState(config: FlowConfig = {}): FlowState {
  const methods =
    config.methods && config.methods.length > 0 ? config.methods : (['email', 'phone'] as const);
  const phoneChannels =
    config.phoneChannels && config.phoneChannels.length > 0
      ? config.phoneChannels
      : (['sms', 'whatsapp'] as const);
  // With one method there is nothing to choose: open straight on it.
  const only = methods.length === 1 ? methods[0] : undefined;
  return {
    step: only === undefined ? 'method' : only === 'face' ? 'face' : 'identifier',
    status: 'idle',
    methods,
    phoneChannels,
    method: only,
    channel: undefined,
    identifier: '',
    validationId: undefined,
    expiresAt: undefined,
    resendAvailableAt: undefined,
    retryAvailableAt: undefined,
    code: '',
    error: undefined,
    attemptsRemaining: undefined,
    request: undefined,
    nextRequestId: 1,
    success: undefined,
  };
}

export function flowReducer(state: FlowState, action: FlowAction): FlowState {
  switch (action.type) {
    case 'chooseMethod': {
      if (state.step !== 'method' || isBusy(state) || !state.methods.includes(action.method))
        return state;
      const step = action.method === 'face' ? 'face' : 'identifier';
      return {
        ...withoutCode(state, step),
        method: action.method,
        channel: undefined,
        identifier: '',
      };
    }
    case 'submitIdentifier':
      return submitIdentifier(state, action.identifier, action.channel);
    case 'sendSucceeded': {
      if (!isAnswerTo(state, action.requestId, 'send')) return state;
      const { result, now } = action;
      return {
        ...withoutCode(state, 'code'),
        validationId: result.validationId,
        expiresAt: result.expiresAt,
        resendAvailableAt: resendAvailableAt(now, [result.resendAfter]),
        retryAvailableAt: undefined,
      };
    }
    case 'sendFailed': {
      if (!isAnswerTo(state, action.requestId, 'send')) return state;
      const next = failed(state, action.error, action.now);
      if (action.error.code !== 'rate_limited') return next;
      return { ...next, resendAvailableAt: next.retryAvailableAt };
    }
    case 'codeChanged': {
      if (state.step !== 'code' || state.status === 'verifying') return state;
      const code = sanitizeCode(action.code);
      // Editing after a wrong code is the correction: the message has done its job.
      if (state.error?.code === 'otp_invalid')
        return { ...state, code, status: 'idle', error: undefined };
      return { ...state, code };
    }
    case 'submitCode':
      return submitCode(state, action.code);
    case 'verifySucceeded': {
      if (!isAnswerTo(state, action.requestId, 'verify') || state.method === undefined)
        return state;
      const { token, expiresAt, subject } = action.result;
      return {
        ...state,
        step: 'success',
        status: 'idle',
        error: undefined,
        request: undefined,
        success: { intent: 'sign-in', method: state.method, token, expiresAt, subject },
      };
    }
    case 'verifyFailed': {
      if (!isAnswerTo(state, action.requestId, 'verify')) return state;
      const next = failed(state, action.error, action.now);
      if (action.error.code === 'otp_invalid')
        return { ...next, attemptsRemaining: action.error.attemptsRemaining };
      if (action.error.code === 'otp_locked') return { ...next, attemptsRemaining: 0 };
      return next;
    }
    case 'resend': {
      if (state.step !== 'code' || isBusy(state)) return state;
      if (state.resendAvailableAt !== undefined && action.now < state.resendAvailableAt)
        return state;
      const payload = sendRequestFor(state);
      return payload
        ? startRequest({ ...state, code: '', attemptsRemaining: undefined }, payload)
        : state;
    }
    case 'retry': {
      if (state.status !== 'error' || !state.request || !state.error?.retryable) return state;
      if (state.retryAvailableAt !== undefined && action.now < state.retryAvailableAt) return state;
      const { id: _previous, ...payload } = state.request;
      return startRequest(state, payload);
    }
    case 'back': {
      if (state.step === 'code') return withoutCode(state, 'identifier');
      if ((state.step === 'identifier' || state.step === 'face') && state.methods.length > 1) {
        return { ...withoutCode(state, 'method'), method: undefined, channel: undefined };
      }
      return state;
    }
    case 'useAnotherMethod':
      if (state.step === 'success' || state.methods.length < 2) return state;
      return createInitialFlowState({ methods: state.methods, phoneChannels: state.phoneChannels });
    case 'reset':
      return createInitialFlowState({ methods: state.methods, phoneChannels: state.phoneChannels });
    case 'faceSucceeded':
      if (state.step !== 'face') return state;
      return {
        ...state,
        step: 'success',
        status: 'idle',
        error: undefined,
        success: faceSuccess(action.outcome),
      };
    case 'faceFailed':
      if (state.step !== 'face') return state;
      return { ...state, status: 'error', error: action.error };
    default:
      return assertNever(action);
  }
}

function faceSuccess(outcome: FaceOutcome): FlowSuccess {
  if (outcome.intent === 'register')
    return { intent: 'register', method: 'face', subject: outcome.userId };
  const { token, expiresAt, userId } = outcome;
  return { intent: 'sign-in', method: 'face', token, expiresAt, subject: userId };
}

function assertNever(action: never): never {
  throw new VerifikError('usage', `Unknown flow action: ${JSON.stringify(action)}`);
}
