/**
 * The emulator's notion of "now": wall time plus an offset that tests move forward through
 * `POST /__emulator/clock`, so expiry and rate windows can be crossed without waiting.
 */
export interface Clock {
  /** Milliseconds since the epoch, as the emulator sees it. */
  now(): number;
  /** Moves the emulator's time forward; negative values are refused by the control route. */
  advance(ms: number): void;
  /** Drops every advance, back to wall time plus the initial offset. */
  reset(): void;
}

export function createClock(initialOffsetMs = 0, wallClock: () => number = Date.now): Clock {
  let offset = initialOffsetMs;
  return {
    now: () => wallClock() + offset,
    advance: (ms) => {
      offset += ms;
    },
    reset: () => {
      offset = initialOffsetMs;
    },
  };
}
