import type { Clock } from './clock';

export type RateDecision = { ok: true } | { ok: false; retryAfterSeconds: number };

/**
 * Sliding-window limiter: at most `limit` hits per `windowMs` per key.
 *
 * `take` is synchronous on purpose: a route calls it before its first `await`, so two requests
 * interleaving at an await can never both see the last free slot.
 */
export interface RateLimiter {
  readonly limit: number;
  readonly windowMs: number;
  /** Records a hit and allows it, or refuses it without recording anything. */
  take(key: string): RateDecision;
  /** Seconds until `take(key)` would be allowed, 0 when it would be now. */
  peek(key: string): number;
  reset(): void;
  /** Keys currently tracked (memory bound checks). */
  size(): number;
}

export function createRateLimiter(limit: number, windowMs: number, clock: Clock): RateLimiter {
  const hits = new Map<string, number[]>();
  let takes = 0;

  // Keys are addresses: without a sweep, every address ever seen would stay in memory.
  function sweep(now: number): void {
    for (const [key, times] of hits) {
      if (times.every((at) => at <= now - windowMs)) hits.delete(key);
    }
  }

  function live(key: string, now: number): number[] {
    const kept = (hits.get(key) ?? []).filter((at) => at > now - windowMs);
    if (kept.length === 0) hits.delete(key);
    else hits.set(key, kept);
    return kept;
  }

  function waitSeconds(kept: number[], now: number): number {
    if (kept.length < limit) return 0;
    // The oldest hit still in the window is the one whose expiry frees a slot.
    const oldest = kept[kept.length - limit] ?? now;
    return Math.max(1, Math.ceil((oldest + windowMs - now) / 1000));
  }

  return {
    limit,
    windowMs,
    take(key) {
      const now = clock.now();
      takes += 1;
      if (takes % 1000 === 0) sweep(now);
      const kept = live(key, now);
      const wait = waitSeconds(kept, now);
      if (wait > 0) return { ok: false, retryAfterSeconds: wait };
      kept.push(now);
      hits.set(key, kept);
      return { ok: true };
    },
    peek(key) {
      const now = clock.now();
      return waitSeconds(live(key, now), now);
    },
    reset() {
      hits.clear();
    },
    size: () => hits.size,
  };
}

/**
 * The resend cooldown: one send per address per `seconds`. A limit of 1 per window is the same
 * mechanism; `seconds = 0` disables it.
 */
export function createCooldown(seconds: number, clock: Clock): RateLimiter {
  return seconds > 0
    ? createRateLimiter(1, seconds * 1000, clock)
    : {
        limit: Number.POSITIVE_INFINITY,
        windowMs: 0,
        take: () => ({ ok: true }),
        peek: () => 0,
        reset: () => undefined,
        size: () => 0,
      };
}
