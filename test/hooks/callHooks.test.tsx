import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { VerifikClientProvider } from '../../src/hooks/VerifikClientProvider';
import { useSendEmailOtp } from '../../src/hooks/useSendEmailOtp';
import { useSendPhoneOtp } from '../../src/hooks/useSendPhoneOtp';
import { useVerifikTransport } from '../../src/hooks/useVerifikClient';
import { useVerifyEmailOtp } from '../../src/hooks/useVerifyEmailOtp';
import { useVerifyPhoneOtp } from '../../src/hooks/useVerifyPhoneOtp';
import { startTestEmulator, type TestEmulator } from '../api/support/testEmulator';
import { renderWithClient } from './renderWithClient';

let emulator: TestEmulator;
beforeAll(async () => {
  emulator = await startTestEmulator();
});
afterAll(() => emulator.close());

describe('one hook per call', () => {
  it('sends and verifies an email code through react-query', async () => {
    const { result } = renderWithClient(
      () => ({ send: useSendEmailOtp(), verify: useVerifyEmailOtp() }),
      { transport: emulator.transport() },
    );
    const email = 'hooks@example.com';
    act(() => result.current.send.mutate({ email, projectId: emulator.projectId }));
    await waitFor(() => expect(result.current.send.isSuccess).toBe(true));
    const validationId = result.current.send.data?.validationId ?? '';
    const code = await emulator.latestCode(email);
    act(() => result.current.verify.mutate({ email, code, validationId }));
    await waitFor(() => expect(result.current.verify.isSuccess).toBe(true));
    expect(result.current.verify.data).toMatchObject({ method: 'email', subject: email });
  });

  it('returns failures as a VerifikError value, not a throw', async () => {
    const { result } = renderWithClient(
      () => ({ send: useSendPhoneOtp(), verify: useVerifyPhoneOtp() }),
      { transport: emulator.transport() },
    );
    const phone = '+573009998877';
    act(() => result.current.send.mutate({ phone, channel: 'sms', projectId: emulator.projectId }));
    await waitFor(() => expect(result.current.send.isSuccess).toBe(true));
    const validationId = result.current.send.data?.validationId ?? '';
    const code = emulator.wrongCode(await emulator.latestCode(phone));
    act(() => result.current.verify.mutate({ phone, code, validationId }));
    await waitFor(() => expect(result.current.verify.isError).toBe(true));
    expect(result.current.verify.error).toMatchObject({
      code: 'otp_invalid',
      attemptsRemaining: 4,
    });
    expect(result.current.verify.failureCount).toBe(1);
  });

  it('passes the caller options through, but keeps its own retry policy', async () => {
    const onError = vi.fn();
    const { result } = renderWithClient(() => useVerifyEmailOtp({ onError }), {
      transport: emulator.transport({ getToken: () => undefined }),
    });
    act(() =>
      result.current.mutate({ email: 'a@example.com', code: '123456', validationId: 'val_x' }),
    );
    await waitFor(() => expect(onError).toHaveBeenCalledTimes(1));
    expect(result.current.error?.code).toBe('unauthorized');
  });

  it('builds its own transport from baseUrl and getToken', async () => {
    const getToken = vi.fn(() => emulator.clientToken);
    function Wrapper({ children }: { children: ReactNode }) {
      return (
        <QueryClientProvider client={new QueryClient()}>
          <VerifikClientProvider baseUrl={emulator.baseUrl} getToken={getToken}>
            {children}
          </VerifikClientProvider>
        </QueryClientProvider>
      );
    }
    const { result } = renderHook(() => useSendEmailOtp(), { wrapper: Wrapper });
    act(() => result.current.mutate({ email: 'own@example.com', projectId: emulator.projectId }));
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(getToken).toHaveBeenCalledTimes(1);
  });

  it('refuses a provider with neither a transport nor a baseUrl', () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(() => render(<VerifikClientProvider projectId="p" />)).toThrow(
      'VerifikClientProvider needs a `transport` or a `baseUrl`.',
    );
    spy.mockRestore();
  });

  it('needs a provider, and says so', () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(() => renderHook(() => useVerifikTransport())).toThrow(
      'Verifik hooks must be used within <VerifikClientProvider>.',
    );
    spy.mockRestore();
  });
});
