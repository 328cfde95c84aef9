import { act, waitFor } from '@testing-library/react';
import { createServer } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createTransport } from '../../src/api/transport';
import type { FlowSuccess } from '../../src/core/flow/flowTypes';
import { useVerifikFlow, type UseVerifikFlowOptions } from '../../src/hooks/useVerifikFlow';
import { countingFetch, startTestEmulator, type TestEmulator } from '../api/support/testEmulator';
import { renderWithClient } from './renderWithClient';

let emulator: TestEmulator;
beforeAll(async () => {
  emulator = await startTestEmulator();
});
afterAll(() => emulator.close());
beforeEach(async () => {
  await fetch(`${emulator.url}/__emulator/reset`, { method: 'POST' });
});

function renderFlow(options: UseVerifikFlowOptions = {}) {
  const counter = countingFetch();
  const transport = emulator.transport({ fetch: counter.fetch });
  const onSuccess = vi.fn<(success: FlowSuccess) => void>();
  const onError = vi.fn();
  const onStepChange = vi.fn();
  const view = renderWithClient(
    () => useVerifikFlow({ onSuccess, onError, onStepChange, ...options }),
    { transport, projectId: emulator.projectId },
  );
  return { ...view, requests: counter.calls, onSuccess, onError, onStepChange };
}

describe('useVerifikFlow', () => {
  it('signs in by email with exactly two requests; the token goes to onSuccess only', async () => {
    const { result, requests, onSuccess, onStepChange } = renderFlow();
    expect(result.current.step).toBe('method');
    act(() => result.current.chooseMethod('email'));
    act(() => result.current.submitEmail('ana@example.com'));
    expect(result.current.status).toBe('sending');
    await waitFor(() => expect(result.current.step).toBe('code'));
    expect(result.current.resendIn).toBeGreaterThan(0);

    const code = await emulator.latestCode('ana@example.com');
    act(() => result.current.setCode(code));
    act(() => result.current.submitCode());
    await waitFor(() => expect(result.current.step).toBe('success'));

    expect(requests).toEqual(['/v2/access/email/send-otp', '/v2/access/email/verify-otp']);
    expect(onStepChange.mock.calls.map(([step]) => step)).toEqual([
      'identifier',
      'code',
      'success',
    ]);
    expect(onSuccess).toHaveBeenCalledTimes(1);
    expect(onSuccess.mock.calls[0]?.[0]).toMatchObject({
      intent: 'sign-in',
      method: 'email',
      subject: 'ana@example.com',
    });
    expect(onSuccess.mock.calls[0]?.[0].token?.split('.')).toHaveLength(3);
    expect(window.localStorage.length).toBe(0);
    expect(document.cookie).toBe('');
    expect(window.location.href).not.toContain(onSuccess.mock.calls[0]?.[0].token ?? '');
  });

  it('sends once when the user double-clicks, in one tick or while the send is on the wire', async () => {
    // Hold each response until released, so the second click lands while the first is in flight.
    let release = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const paths: string[] = [];
    const transport = emulator.transport({
      fetch: async (input, init) => {
        paths.push(new URL(String(input)).pathname);
        await gate;
        return fetch(input, init);
      },
    });
    const { result } = renderWithClient(() => useVerifikFlow({ methods: ['email'] }), {
      transport,
      projectId: emulator.projectId,
    });
    act(() => {
      result.current.submitEmail('ana@example.com');
      result.current.submitEmail('ana@example.com');
    });
    await waitFor(() => expect(paths).toHaveLength(1));
    act(() => result.current.submitEmail('ana@example.com'));
    expect(result.current.status).toBe('sending');
    release();
    await waitFor(() => expect(result.current.step).toBe('code'));
    expect(paths).toEqual(['/v2/access/email/send-otp']);
  });

  it('aborts its request on unmount and tells the host nothing afterwards', async () => {
    let release = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const signals: (AbortSignal | undefined)[] = [];
    const transport = emulator.transport({
      fetch: async (input, init) => {
        signals.push(init?.signal ?? undefined);
        await gate;
        return fetch(input, init);
      },
    });
    const onError = vi.fn();
    const { result, unmount } = renderWithClient(
      () => useVerifikFlow({ methods: ['email'], onError }),
      { transport, projectId: emulator.projectId },
    );
    act(() => result.current.submitEmail('ana@example.com'));
    await waitFor(() => expect(signals).toHaveLength(1));
    unmount();
    expect(signals[0]?.aborted).toBe(true);
    release();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(onError).not.toHaveBeenCalled();
  });

  it('keeps a wrong code with the attempts left, and accepts the corrected one', async () => {
    const { result, onError } = renderFlow({ methods: ['phone'], phoneChannels: ['whatsapp'] });
    act(() => result.current.submitPhone('+573001234567'));
    await waitFor(() => expect(result.current.step).toBe('code'));
    expect(result.current.channel).toBe('whatsapp');
    const code = await emulator.latestCode('+573001234567');
    const wrong = emulator.wrongCode(code);

    act(() => result.current.submitCode(wrong));
    await waitFor(() => expect(result.current.status).toBe('error'));
    expect(result.current).toMatchObject({ code: wrong, attemptsRemaining: 4 });
    expect(result.current.error?.code).toBe('otp_invalid');
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ code: 'otp_invalid' }));

    act(() => result.current.setCode(code));
    expect(result.current.error).toBeUndefined();
    act(() => result.current.submitCode());
    await waitFor(() => expect(result.current.step).toBe('success'));
  });

  it('retries a send that failed on the network without retyping', async () => {
    // The first send goes to a port where nothing listens; the retry reaches the emulator.
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const address = probe.address();
    await new Promise((resolve) => probe.close(resolve));
    if (address === null || typeof address === 'string') throw new Error('no port');
    let offline = true;
    const paths: string[] = [];
    const transport = createTransport({
      baseUrl: emulator.baseUrl,
      getToken: () => emulator.clientToken,
      fetch: (input, init) => {
        const url = new URL(String(input));
        paths.push(url.pathname);
        if (offline) url.port = String(address.port);
        return fetch(url, init);
      },
    });
    const { result } = renderWithClient(() => useVerifikFlow({ methods: ['email'] }), {
      transport,
      projectId: emulator.projectId,
    });
    act(() => result.current.submitEmail('ana@example.com'));
    await waitFor(() => expect(result.current.status).toBe('error'));
    expect(result.current.error?.code).toBe('network');
    expect(result.current.identifier).toBe('ana@example.com');

    offline = false;
    act(() => result.current.retry());
    await waitFor(() => expect(result.current.step).toBe('code'));
    expect(paths).toEqual(['/v2/access/email/send-otp', '/v2/access/email/send-otp']);
    expect(await emulator.outbox('ana@example.com')).toHaveLength(1);
  });

  it('resends when the server allows it; only the newest code works', async () => {
    const quick = await startTestEmulator({ resendCooldownSeconds: 0 });
    try {
      const { result } = renderWithClient(() => useVerifikFlow({ methods: ['email'] }), {
        transport: quick.transport(),
        projectId: quick.projectId,
      });
      act(() => result.current.submitEmail('ana@example.com'));
      await waitFor(() => expect(result.current.step).toBe('code'));
      expect(result.current.resendIn).toBe(0);
      const first = await quick.latestCode('ana@example.com');
      const firstValidation = result.current.validationId;

      act(() => result.current.resend());
      expect(result.current.status).toBe('sending');
      await waitFor(() => expect(result.current.status).toBe('idle'));
      expect(result.current.validationId).not.toBe(firstValidation);
      const second = await quick.latestCode('ana@example.com');
      expect(await quick.outbox('ana@example.com')).toHaveLength(2);

      if (first !== second) {
        act(() => result.current.submitCode(first));
        await waitFor(() => expect(result.current.status).toBe('error'));
        expect(result.current.error?.code).toBe('otp_invalid');
        act(() => result.current.setCode(''));
      }
      act(() => result.current.submitCode(second));
      await waitFor(() => expect(result.current.step).toBe('success'));
    } finally {
      await quick.close();
    }
  });

  it('says user_not_found at the identifier step', async () => {
    await fetch(`${emulator.url}/v2/project-flows/${emulator.flowId}`, {
      method: 'PUT',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${emulator.clientToken}`,
      },
      body: JSON.stringify({ security: { source: 'CSV', allowList: ['known@example.com'] } }),
    });
    const { result } = renderFlow({ methods: ['email'] });
    act(() => result.current.submitEmail('stranger@example.com'));
    await waitFor(() => expect(result.current.status).toBe('error'));
    expect(result.current.step).toBe('identifier');
    expect(result.current.error?.code).toBe('user_not_found');
  });

  it('validates the email before sending anything', () => {
    const { result, requests } = renderFlow({ methods: ['email'] });
    act(() => result.current.submitEmail('ana@'));
    expect(result.current.error?.code).toBe('invalid_request');
    expect(requests).toEqual([]);
  });

  it('throws a clear error outside the provider', async () => {
    const { renderHook } = await import('@testing-library/react');
    const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(() => renderHook(() => useVerifikFlow())).toThrow(
      /must be used within <VerifikClientProvider>/,
    );
    spy.mockRestore();
  });
});
