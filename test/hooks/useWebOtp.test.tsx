import { renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useWebOtp } from '../../src/hooks/useWebOtp';

// jsdom has no WebOTP; this stands in for Chrome on Android's `navigator.credentials`.
function installWebOtp(answer: (signal: AbortSignal) => Promise<unknown>) {
  const requests: { otp: unknown; signal: AbortSignal }[] = [];
  Object.defineProperty(window, 'OTPCredential', { value: class {}, configurable: true });
  Object.defineProperty(navigator, 'credentials', {
    configurable: true,
    value: {
      get: (options: { otp: unknown; signal: AbortSignal }) => {
        requests.push(options);
        return answer(options.signal);
      },
    },
  });
  return requests;
}

afterEach(() => {
  Reflect.deleteProperty(window, 'OTPCredential');
  Reflect.deleteProperty(navigator, 'credentials');
});

describe('useWebOtp', () => {
  it('asks for an SMS code while enabled and hands it over sanitised', async () => {
    const requests = installWebOtp(() => Promise.resolve({ type: 'otp', code: '123 456' }));
    const onCode = vi.fn();
    renderHook(() => useWebOtp(true, onCode));
    await waitFor(() => expect(onCode).toHaveBeenCalledWith('123456'));
    expect(requests[0]?.otp).toEqual({ transport: ['sms'] });
  });

  it('aborts the pending request when disabled or unmounted, and reports nothing after', async () => {
    let resolveLate: (value: unknown) => void = () => {};
    const requests = installWebOtp(
      () =>
        new Promise((resolve) => {
          resolveLate = resolve;
        }),
    );
    const onCode = vi.fn();
    const { rerender } = renderHook(({ enabled }) => useWebOtp(enabled, onCode), {
      initialProps: { enabled: true },
    });
    rerender({ enabled: false });
    expect(requests[0]?.signal.aborted).toBe(true);
    resolveLate({ type: 'otp', code: '123456' });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(onCode).not.toHaveBeenCalled();
  });

  it('does nothing where the browser has no WebOTP', () => {
    const onCode = vi.fn();
    expect(() => renderHook(() => useWebOtp(true, onCode))).not.toThrow();
    expect(onCode).not.toHaveBeenCalled();
  });
});
