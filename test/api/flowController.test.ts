import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sendEmailOtp, sendPhoneOtp, verifyEmailOtp, verifyPhoneOtp } from '../../src/api/otp';
import type { Transport } from '../../src/api/transport';
import { createFlowController } from '../../src/core/flow/createFlowController';
import { executeFlowRequest, type FlowCalls } from '../../src/core/flow/executeFlowRequest';
import type { FlowEvent } from '../../src/core/flow/flowEvents';
import { createInitialFlowState } from '../../src/core/flow/flowReducer';
import type { FlowState } from '../../src/core/flow/flowTypes';
import { startTestEmulator, type TestEmulator } from './support/testEmulator';

let emulator: TestEmulator;
beforeAll(async () => {
  emulator = await startTestEmulator();
});
afterAll(() => emulator.close());
beforeEach(async () => {
  await fetch(`${emulator.url}/__emulator/reset`, { method: 'POST' });
});

function plainCalls(transport: Transport): FlowCalls {
  return {
    sendEmailOtp: (input) => sendEmailOtp(transport, input, input),
    sendPhoneOtp: (input) => sendPhoneOtp(transport, input, input),
    verifyEmailOtp: (input) => verifyEmailOtp(transport, input, input),
    verifyPhoneOtp: (input) => verifyPhoneOtp(transport, input, input),
  };
}

/** A controller wired to the emulator, with every request and event recorded. */
function wiredController(methods: FlowState['methods'] = ['email', 'phone']) {
  const requests: { path: string; signal: AbortSignal | undefined }[] = [];
  const transport = emulator.transport({
    fetch: (input, init) => {
      requests.push({ path: new URL(String(input)).pathname, signal: init?.signal ?? undefined });
      return fetch(input, init);
    },
  });
  const events: FlowEvent[] = [];
  const controller = createFlowController(createInitialFlowState({ methods }), {
    execute: (request, signal) =>
      executeFlowRequest(request, signal, emulator.projectId, plainCalls(transport)),
    onEvent: (event) => events.push(event),
  });
  return { controller, requests, events };
}

function settled(controller: ReturnType<typeof createFlowController>): Promise<FlowState> {
  return new Promise((resolve) => {
    const check = () => {
      const state = controller.getState();
      if (state.status !== 'sending' && state.status !== 'verifying') {
        unsubscribe();
        resolve(state);
      }
    };
    const unsubscribe = controller.subscribe(check);
    check();
  });
}

describe('the flow controller against the emulator', () => {
  it('signs in by email with exactly two requests and reports each step', async () => {
    const { controller, requests, events } = wiredController();
    controller.dispatch({ type: 'chooseMethod', method: 'email' });
    controller.dispatch({ type: 'submitIdentifier', identifier: 'ana@example.com' });
    expect((await settled(controller)).step).toBe('code');
    controller.dispatch({ type: 'submitCode', code: await emulator.latestCode('ana@example.com') });
    const done = await settled(controller);
    expect(done.step).toBe('success');
    expect(done.success).toMatchObject({ method: 'email', subject: 'ana@example.com' });
    expect(requests.map((request) => request.path)).toEqual([
      '/v2/access/email/send-otp',
      '/v2/access/email/verify-otp',
    ]);
    expect(events.map((event) => (event.type === 'stepChange' ? event.step : event.type))).toEqual([
      'identifier',
      'code',
      'success',
      'success',
    ]);
  });

  it('sends once when the identifier is submitted twice in the same tick', async () => {
    const { controller, requests } = wiredController();
    controller.dispatch({ type: 'chooseMethod', method: 'email' });
    controller.dispatch({ type: 'submitIdentifier', identifier: 'ana@example.com' });
    controller.dispatch({ type: 'submitIdentifier', identifier: 'ana@example.com' });
    await settled(controller);
    expect(requests).toHaveLength(1);
  });

  it('aborts the request it leaves behind and ignores its answer', async () => {
    const { controller, requests } = wiredController();
    controller.dispatch({ type: 'chooseMethod', method: 'phone' });
    controller.dispatch({ type: 'submitIdentifier', identifier: '+573001234567', channel: 'sms' });
    await Promise.resolve();
    controller.dispatch({ type: 'back' });
    expect(controller.getState()).toMatchObject({ step: 'method', status: 'idle' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(requests[0]?.signal?.aborted).toBe(true);
    expect(controller.getState().step).toBe('method');
  });

  it('reports a wrong code as an error event and keeps the code', async () => {
    const { controller, events } = wiredController(['email']);
    controller.dispatch({ type: 'submitIdentifier', identifier: 'bo@example.com' });
    await settled(controller);
    const wrong = emulator.wrongCode(await emulator.latestCode('bo@example.com'));
    controller.dispatch({ type: 'submitCode', code: wrong });
    const state = await settled(controller);
    expect(state).toMatchObject({ status: 'error', code: wrong, attemptsRemaining: 4 });
    expect(events.at(-1)).toMatchObject({ type: 'error', error: { code: 'otp_invalid' } });
  });
});
