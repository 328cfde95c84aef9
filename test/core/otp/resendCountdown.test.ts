import { describe, expect, it } from 'vitest';
import {
  DEFAULT_RESEND_SECONDS,
  resendAvailableAt,
  secondsUntil,
} from '../../../src/core/otp/resendCountdown';

const NOW = 1_000_000;

describe('resendAvailableAt', () => {
  it('waits what the server says', () => {
    expect(resendAvailableAt(NOW, [30])).toBe(NOW + 30_000);
  });

  it('takes the longest of several waits, rounding a fraction up', () => {
    expect(resendAvailableAt(NOW, [30, 120, undefined])).toBe(NOW + 120_000);
    expect(resendAvailableAt(NOW, [0.2])).toBe(NOW + 1000);
  });

  it('never shortens a wait already running', () => {
    expect(resendAvailableAt(NOW, [10], NOW + 60_000)).toBe(NOW + 60_000);
  });

  it('falls back to a default when the server says nothing', () => {
    expect(resendAvailableAt(NOW, [undefined])).toBe(NOW + DEFAULT_RESEND_SECONDS * 1000);
  });

  it('allows an immediate resend when the server says 0', () => {
    expect(resendAvailableAt(NOW, [0])).toBe(NOW);
  });
});

describe('secondsUntil', () => {
  it('rounds up so the last second is shown until it is over', () => {
    expect(secondsUntil(NOW + 30_000, NOW)).toBe(30);
    expect(secondsUntil(NOW + 29_001, NOW)).toBe(30);
    expect(secondsUntil(NOW + 1, NOW)).toBe(1);
    expect(secondsUntil(NOW, NOW)).toBe(0);
    expect(secondsUntil(NOW - 5000, NOW)).toBe(0);
    expect(secondsUntil(undefined, NOW)).toBe(0);
  });
});
