import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useResendCountdown } from '../../src/hooks/useResendCountdown';

const START = Date.parse('2026-01-01T12:00:00Z');

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(START);
});
afterEach(() => vi.useRealTimers());

describe('useResendCountdown', () => {
  it('counts whole seconds down to zero, then stops ticking', () => {
    const renders = { count: 0 };
    const { result } = renderHook(() => {
      renders.count += 1;
      return useResendCountdown(START + 3000);
    });
    expect(result.current).toBe(3);
    act(() => vi.advanceTimersByTime(1000));
    expect(result.current).toBe(2);
    act(() => vi.advanceTimersByTime(2000));
    expect(result.current).toBe(0);
    const settled = renders.count;
    act(() => vi.advanceTimersByTime(10_000));
    expect(renders.count).toBe(settled);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('never shows zero before the moment has come', () => {
    const { result } = renderHook(() => useResendCountdown(START + 1500));
    expect(result.current).toBe(2);
    act(() => vi.advanceTimersByTime(1499));
    expect(result.current).toBe(1);
    act(() => vi.advanceTimersByTime(1));
    expect(result.current).toBe(0);
  });

  it('restarts when the server moves the moment, and is 0 without one', () => {
    const { result, rerender } = renderHook(({ at }) => useResendCountdown(at), {
      initialProps: { at: undefined as number | undefined },
    });
    expect(result.current).toBe(0);
    rerender({ at: START + 60_000 });
    expect(result.current).toBe(60);
  });
});
