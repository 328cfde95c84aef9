import { describe, expect, it } from 'vitest';
import { createClock } from '../../emulator/clock';
import { createCooldown, createRateLimiter } from '../../emulator/rate-limiter';

describe('rate limiter', () => {
  it('allows limit hits per window and says when the next one is allowed', () => {
    const clock = createClock(0, () => 1_000_000);
    const limiter = createRateLimiter(3, 60_000, clock);
    expect([1, 2, 3].map(() => limiter.take('a').ok)).toEqual([true, true, true]);
    expect(limiter.take('a')).toEqual({ ok: false, retryAfterSeconds: 60 });
    expect(limiter.take('b').ok).toBe(true);
    clock.advance(59_500);
    expect(limiter.take('a')).toEqual({ ok: false, retryAfterSeconds: 1 });
    clock.advance(500);
    expect(limiter.take('a').ok).toBe(true);
  });

  it('does not record refused hits', () => {
    const clock = createClock(0, () => 0);
    const limiter = createRateLimiter(1, 1000, clock);
    limiter.take('a');
    for (let index = 0; index < 10; index += 1) limiter.take('a');
    clock.advance(1000);
    expect(limiter.take('a').ok).toBe(true);
  });

  it('forgets addresses whose window has passed', () => {
    const clock = createClock(0, () => 0);
    const limiter = createRateLimiter(5, 1000, clock);
    for (let index = 0; index < 999; index += 1) limiter.take(`user-${index}`);
    expect(limiter.size()).toBe(999);
    clock.advance(1000);
    limiter.take('late');
    expect(limiter.size()).toBe(1);
  });

  it('a cooldown of 0 seconds never refuses', () => {
    const cooldown = createCooldown(0, createClock());
    expect([1, 2, 3].map(() => cooldown.take('a').ok)).toEqual([true, true, true]);
  });
});
