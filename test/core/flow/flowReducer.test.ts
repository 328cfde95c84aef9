import { describe, expect, it } from 'vitest';
import type { OtpSent, OtpVerified } from '../../../src/api/otp';
import { VerifikError } from '../../../src/core/errors';
import { createInitialFlowState, flowReducer, isBusy } from '../../../src/core/flow/flowReducer';
import type { FlowAction, FlowState } from '../../../src/core/flow/flowTypes';

const NOW = Date.parse('2026-01-01T12:00:00Z');
const sentResult: OtpSent = {
  validationId: 'val_1',
  expiresAt: '2026-01-01T12:10:00Z',
  resendAfter: 30,
  channel: undefined,
};
const verifiedResult: OtpVerified = {
  validationId: 'val_1',
  token: 'header.payload.signature',
  tokenType: 'Bearer',
  expiresAt: '2026-01-01T13:00:00Z',
  method: 'email',
  subject: 'ana@example.com',
};

function run(state: FlowState, ...actions: FlowAction[]): FlowState {
  return actions.reduce(flowReducer, state);
}

function requestId(state: FlowState): number {
  if (!state.request) throw new Error('no request in flight');
  return state.request.id;
}

/** Email chosen, code sent, waiting at the code step. */
function atEmailCode(): FlowState {
  const sending = run(
    createInitialFlowState(),
    { type: 'chooseMethod', method: 'email' },
    { type: 'submitIdentifier', identifier: 'ana@example.com' },
  );
  return flowReducer(sending, {
    type: 'sendSucceeded',
    requestId: requestId(sending),
    result: sentResult,
    now: NOW,
  });
}

/** At the code step with a complete code submitted and in flight. */
function verifying(code = '123456'): FlowState {
  return run(atEmailCode(), { type: 'submitCode', code });
}

const wrongCode = (attemptsRemaining: number) =>
  new VerifikError('otp_invalid', 'Invalid OTP code', { status: 400, attemptsRemaining });

describe('the initial state', () => {
  it('opens on the method choice when several methods are offered', () => {
    const state = createInitialFlowState({ methods: ['email', 'phone', 'face'] });
    expect(state).toMatchObject({ step: 'method', status: 'idle', method: undefined, code: '' });
  });

  it('skips the choice when only one method is offered', () => {
    expect(createInitialFlowState({ methods: ['phone'] })).toMatchObject({
      step: 'identifier',
      method: 'phone',
    });
    expect(createInitialFlowState({ methods: ['face'] })).toMatchObject({
      step: 'face',
      method: 'face',
    });
  });

  it('defaults to email and phone over both channels', () => {
    const state = createInitialFlowState({ methods: [] });
    expect(state.methods).toEqual(['email', 'phone']);
    expect(state.phoneChannels).toEqual(['sms', 'whatsapp']);
  });
});

describe('choosing a method', () => {
  it('moves to the identifier step for email and phone, to the face step for face', () => {
    const initial = createInitialFlowState({ methods: ['email', 'phone', 'face'] });
    expect(flowReducer(initial, { type: 'chooseMethod', method: 'email' })).toMatchObject({
      step: 'identifier',
      method: 'email',
    });
    expect(flowReducer(initial, { type: 'chooseMethod', method: 'phone' })).toMatchObject({
      step: 'identifier',
      method: 'phone',
    });
    expect(flowReducer(initial, { type: 'chooseMethod', method: 'face' })).toMatchObject({
      step: 'face',
      method: 'face',
    });
  });

  it('ignores a method that is not offered', () => {
    const initial = createInitialFlowState({ methods: ['email', 'phone'] });
    expect(flowReducer(initial, { type: 'chooseMethod', method: 'face' })).toBe(initial);
  });
});

describe('submitting the identifier', () => {
  it('starts one send request and marks the flow sending', () => {
    const state = run(
      createInitialFlowState(),
      { type: 'chooseMethod', method: 'email' },
      { type: 'submitIdentifier', identifier: '  ana@Example.COM ' },
    );
    expect(state).toMatchObject({
      step: 'identifier',
      status: 'sending',
      identifier: 'ana@example.com',
    });
    expect(state.request).toEqual({
      id: 1,
      kind: 'send',
      method: 'email',
      identifier: 'ana@example.com',
    });
    expect(isBusy(state)).toBe(true);
  });

  it('sends once on a double submit: the second is ignored while sending', () => {
    const once = run(
      createInitialFlowState(),
      { type: 'chooseMethod', method: 'email' },
      { type: 'submitIdentifier', identifier: 'ana@example.com' },
    );
    expect(flowReducer(once, { type: 'submitIdentifier', identifier: 'ana@example.com' })).toBe(
      once,
    );
  });

  it('refuses an invalid email without a request, naming the field', () => {
    const state = run(
      createInitialFlowState(),
      { type: 'chooseMethod', method: 'email' },
      { type: 'submitIdentifier', identifier: 'ana@' },
    );
    expect(state).toMatchObject({ status: 'error', request: undefined });
    expect(state.error).toMatchObject({
      code: 'invalid_request',
      details: { fields: { email: 'invalid' } },
    });
  });

  it('sends a phone number by the chosen channel, or the first offered', () => {
    const phone = run(createInitialFlowState({ phoneChannels: ['whatsapp', 'sms'] }), {
      type: 'chooseMethod',
      method: 'phone',
    });
    expect(
      flowReducer(phone, { type: 'submitIdentifier', identifier: '+573001234567' }).request,
    ).toEqual({
      id: 1,
      kind: 'send',
      method: 'phone',
      identifier: '+573001234567',
      channel: 'whatsapp',
    });
    expect(
      flowReducer(phone, { type: 'submitIdentifier', identifier: '+573001234567', channel: 'sms' })
        .channel,
    ).toBe('sms');
  });

  it('refuses a number that is not E.164 and a channel that is not offered', () => {
    const phone = run(createInitialFlowState({ phoneChannels: ['sms'] }), {
      type: 'chooseMethod',
      method: 'phone',
    });
    const national = flowReducer(phone, { type: 'submitIdentifier', identifier: '3001234567' });
    expect(national.error?.details).toEqual({ fields: { phone: 'invalid' } });
    const whatsapp = flowReducer(phone, {
      type: 'submitIdentifier',
      identifier: '+573001234567',
      channel: 'whatsapp',
    });
    expect(whatsapp.error?.details).toEqual({ fields: { channel: 'not_enabled' } });
    expect(whatsapp.request).toBeUndefined();
  });
});

describe('the send answer', () => {
  it('moves to the code step with the validation and a resend countdown from resend_after', () => {
    const state = atEmailCode();
    expect(state).toMatchObject({
      step: 'code',
      status: 'idle',
      validationId: 'val_1',
      expiresAt: '2026-01-01T12:10:00Z',
      resendAvailableAt: NOW + 30_000,
      request: undefined,
      error: undefined,
    });
  });

  it('says user_not_found at the identifier step', () => {
    const sending = run(
      createInitialFlowState(),
      { type: 'chooseMethod', method: 'email' },
      { type: 'submitIdentifier', identifier: 'who@example.com' },
    );
    const error = new VerifikError('user_not_found', 'No such user', { status: 404 });
    const state = flowReducer(sending, {
      type: 'sendFailed',
      requestId: requestId(sending),
      error,
      now: NOW,
    });
    expect(state).toMatchObject({
      step: 'identifier',
      status: 'error',
      identifier: 'who@example.com',
      request: undefined,
    });
    expect(state.error?.code).toBe('user_not_found');
  });

  it('counts down from retry_after when rate limited, for both retry and resend', () => {
    const sending = run(
      createInitialFlowState(),
      { type: 'chooseMethod', method: 'email' },
      { type: 'submitIdentifier', identifier: 'ana@example.com' },
    );
    const error = new VerifikError('rate_limited', 'Slow down', { status: 429, retryAfter: 42 });
    const state = flowReducer(sending, {
      type: 'sendFailed',
      requestId: requestId(sending),
      error,
      now: NOW,
    });
    expect(state).toMatchObject({
      status: 'error',
      retryAvailableAt: NOW + 42_000,
      resendAvailableAt: NOW + 42_000,
    });
    expect(flowReducer(state, { type: 'retry', now: NOW + 41_000 })).toBe(state);
    expect(flowReducer(state, { type: 'retry', now: NOW + 42_000 })).toMatchObject({
      status: 'sending',
    });
  });

  it('ignores an answer to a request it no longer waits for', () => {
    const sending = run(
      createInitialFlowState(),
      { type: 'chooseMethod', method: 'email' },
      { type: 'submitIdentifier', identifier: 'ana@example.com' },
    );
    const abandoned = flowReducer(sending, { type: 'back' });
    const late = flowReducer(abandoned, {
      type: 'sendSucceeded',
      requestId: requestId(sending),
      result: sentResult,
      now: NOW,
    });
    expect(late).toBe(abandoned);
    expect(late.step).toBe('method');
  });
});

describe('network failures', () => {
  it('keeps the request so retry repeats it without retyping', () => {
    const sending = run(
      createInitialFlowState(),
      { type: 'chooseMethod', method: 'email' },
      { type: 'submitIdentifier', identifier: 'ana@example.com' },
    );
    const error = new VerifikError('network', 'offline');
    const failed = flowReducer(sending, {
      type: 'sendFailed',
      requestId: requestId(sending),
      error,
      now: NOW,
    });
    expect(failed).toMatchObject({ status: 'error', identifier: 'ana@example.com' });
    const retried = flowReducer(failed, { type: 'retry', now: NOW });
    expect(retried.status).toBe('sending');
    expect(retried.request).toEqual({
      id: 2,
      kind: 'send',
      method: 'email',
      identifier: 'ana@example.com',
    });
  });

  it('retries a verify with the same code', () => {
    const inFlight = verifying('654321');
    const failed = flowReducer(inFlight, {
      type: 'verifyFailed',
      requestId: requestId(inFlight),
      error: new VerifikError('timeout', 'slow'),
      now: NOW,
    });
    const retried = flowReducer(failed, { type: 'retry', now: NOW });
    expect(retried).toMatchObject({ status: 'verifying', code: '654321' });
    expect(retried.request).toMatchObject({
      kind: 'verify',
      code: '654321',
      validationId: 'val_1',
    });
  });

  it('goes quietly back to idle when its own request was aborted', () => {
    const sending = run(
      createInitialFlowState(),
      { type: 'chooseMethod', method: 'email' },
      { type: 'submitIdentifier', identifier: 'ana@example.com' },
    );
    const error = new VerifikError('aborted', 'aborted');
    const state = flowReducer(sending, {
      type: 'sendFailed',
      requestId: requestId(sending),
      error,
      now: NOW,
    });
    expect(state).toMatchObject({
      step: 'identifier',
      status: 'idle',
      error: undefined,
      request: undefined,
    });
    expect(
      flowReducer(state, { type: 'submitIdentifier', identifier: 'ana@example.com' }).status,
    ).toBe('sending');
  });

  it('does not retry what cannot succeed unchanged', () => {
    const inFlight = verifying();
    const failed = flowReducer(inFlight, {
      type: 'verifyFailed',
      requestId: requestId(inFlight),
      error: wrongCode(4),
      now: NOW,
    });
    expect(flowReducer(failed, { type: 'retry', now: NOW })).toBe(failed);
  });
});

describe('the code step', () => {
  it('sanitises what is typed or pasted', () => {
    expect(flowReducer(atEmailCode(), { type: 'codeChanged', code: '12 34-5６7' }).code).toBe(
      '123456',
    );
  });

  it('does not submit an incomplete code', () => {
    const state = flowReducer(atEmailCode(), { type: 'submitCode', code: '123' });
    expect(state).toMatchObject({ status: 'idle', code: '123', request: undefined });
  });

  it('submits a complete code once', () => {
    const state = verifying('123456');
    expect(state.status).toBe('verifying');
    expect(state.request).toEqual({
      id: 2,
      kind: 'verify',
      method: 'email',
      identifier: 'ana@example.com',
      code: '123456',
      validationId: 'val_1',
    });
    expect(flowReducer(state, { type: 'submitCode' })).toBe(state);
    expect(flowReducer(state, { type: 'codeChanged', code: '999999' })).toBe(state);
  });

  it('keeps a wrong code for correction, with the attempts left', () => {
    const inFlight = verifying('123456');
    const state = flowReducer(inFlight, {
      type: 'verifyFailed',
      requestId: requestId(inFlight),
      error: wrongCode(3),
      now: NOW,
    });
    expect(state).toMatchObject({
      step: 'code',
      status: 'error',
      code: '123456',
      attemptsRemaining: 3,
    });
    const editing = flowReducer(state, { type: 'codeChanged', code: '123457' });
    expect(editing).toMatchObject({
      status: 'idle',
      error: undefined,
      code: '123457',
      attemptsRemaining: 3,
    });
  });

  it('offers a resend when the code expired, after the countdown', () => {
    const inFlight = verifying();
    const expired = flowReducer(inFlight, {
      type: 'verifyFailed',
      requestId: requestId(inFlight),
      error: new VerifikError('otp_expired', 'expired', { status: 410 }),
      now: NOW,
    });
    expect(expired.error?.code).toBe('otp_expired');
    expect(flowReducer(expired, { type: 'submitCode' })).toBe(expired);
    expect(flowReducer(expired, { type: 'resend', now: NOW + 29_999 })).toBe(expired);
    const resending = flowReducer(expired, { type: 'resend', now: NOW + 30_000 });
    expect(resending).toMatchObject({
      step: 'code',
      status: 'sending',
      code: '',
      error: undefined,
    });
    expect(resending.request).toMatchObject({ kind: 'send', identifier: 'ana@example.com' });
    const fresh = flowReducer(resending, {
      type: 'sendSucceeded',
      requestId: requestId(resending),
      result: { ...sentResult, validationId: 'val_2', resendAfter: 60 },
      now: NOW + 31_000,
    });
    expect(fresh).toMatchObject({
      validationId: 'val_2',
      resendAvailableAt: NOW + 91_000,
      status: 'idle',
    });
  });

  it('marks a locked validation with no attempts left; start over from the method', () => {
    const inFlight = verifying();
    const locked = flowReducer(inFlight, {
      type: 'verifyFailed',
      requestId: requestId(inFlight),
      error: new VerifikError('otp_locked', 'locked', { status: 403 }),
      now: NOW,
    });
    expect(locked).toMatchObject({ status: 'error', attemptsRemaining: 0 });
    expect(flowReducer(locked, { type: 'submitCode', code: '654321' })).toBe(locked);
    expect(flowReducer(locked, { type: 'reset' })).toEqual(createInitialFlowState());
  });

  it('waits after a rate-limited verify', () => {
    const inFlight = verifying();
    const error = new VerifikError('rate_limited', 'slow', { status: 429, retryAfter: 10 });
    const limited = flowReducer(inFlight, {
      type: 'verifyFailed',
      requestId: requestId(inFlight),
      error,
      now: NOW,
    });
    expect(limited.retryAvailableAt).toBe(NOW + 10_000);
    expect(flowReducer(limited, { type: 'retry', now: NOW + 5_000 })).toBe(limited);
  });

  it('ends in success with the token, only from the answer it waits for', () => {
    const inFlight = verifying();
    expect(
      flowReducer(inFlight, { type: 'verifySucceeded', requestId: 99, result: verifiedResult }),
    ).toBe(inFlight);
    const done = flowReducer(inFlight, {
      type: 'verifySucceeded',
      requestId: requestId(inFlight),
      result: verifiedResult,
    });
    expect(done).toMatchObject({
      step: 'success',
      status: 'idle',
      success: {
        method: 'email',
        token: verifiedResult.token,
        expiresAt: verifiedResult.expiresAt,
        subject: 'ana@example.com',
      },
    });
  });
});

describe('back links', () => {
  it('"change email" goes from the code back to the identifier, keeping what was typed', () => {
    const state = flowReducer(atEmailCode(), { type: 'back' });
    expect(state).toMatchObject({
      step: 'identifier',
      identifier: 'ana@example.com',
      validationId: undefined,
      code: '',
    });
  });

  it('goes from the identifier or face step back to the method choice when there is one', () => {
    const identifier = run(createInitialFlowState(), { type: 'chooseMethod', method: 'email' });
    expect(flowReducer(identifier, { type: 'back' })).toMatchObject({
      step: 'method',
      method: undefined,
    });
    const face = run(createInitialFlowState({ methods: ['email', 'face'] }), {
      type: 'chooseMethod',
      method: 'face',
    });
    expect(flowReducer(face, { type: 'back' }).step).toBe('method');
    const only = createInitialFlowState({ methods: ['email'] });
    expect(flowReducer(only, { type: 'back' })).toBe(only);
  });

  it('"use another method" starts over at the choice, but not after success', () => {
    const state = flowReducer(atEmailCode(), { type: 'useAnotherMethod' });
    expect(state).toEqual(createInitialFlowState());
    const inFlight = verifying();
    const done = flowReducer(inFlight, {
      type: 'verifySucceeded',
      requestId: requestId(inFlight),
      result: verifiedResult,
    });
    expect(flowReducer(done, { type: 'useAnotherMethod' })).toBe(done);
  });
});

describe('the face seam', () => {
  const atFace = () =>
    run(createInitialFlowState({ methods: ['email', 'face'] }), {
      type: 'chooseMethod',
      method: 'face',
    });

  it('ends in success with the face token and the user id as subject', () => {
    const done = flowReducer(atFace(), {
      type: 'faceSucceeded',
      outcome: {
        intent: 'verify',
        token: 't',
        expiresAt: '2026-01-01T13:00:00Z',
        userId: 'user-7',
      },
    });
    expect(done).toMatchObject({
      step: 'success',
      success: { intent: 'sign-in', method: 'face', token: 't', subject: 'user-7' },
    });
  });

  it('ends an enrolment in success with no token at all', () => {
    const done = flowReducer(atFace(), {
      type: 'faceSucceeded',
      outcome: { intent: 'register', userId: 'user-7' },
    });
    expect(done.step).toBe('success');
    expect(done.success).toEqual({ intent: 'register', method: 'face', subject: 'user-7' });
  });

  it('keeps the face step with the error on failure', () => {
    const error = new VerifikError('face_mismatch', 'no match');
    expect(flowReducer(atFace(), { type: 'faceFailed', error })).toMatchObject({
      step: 'face',
      status: 'error',
      error,
    });
  });

  it('ignores face outcomes outside the face step', () => {
    const state = atEmailCode();
    expect(
      flowReducer(state, {
        type: 'faceSucceeded',
        outcome: { intent: 'verify', token: 't', expiresAt: 'x', userId: 'u' },
      }),
    ).toBe(state);
  });
});

describe('exhaustiveness', () => {
  it('throws a usage error for an action it does not know', () => {
    // Plain JavaScript callers can send anything; the checker cannot see this one.
    const unknown: FlowAction = JSON.parse('{"type":"teleport"}');
    expect(() => flowReducer(createInitialFlowState(), unknown)).toThrow(VerifikError);
  });
});
