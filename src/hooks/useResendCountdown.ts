import { useEffect, useState } from 'react';
import { secondsUntil } from '../core/otp/resendCountdown';

/**
 * Whole seconds until `availableAt` (epoch ms), rounded up, re-rendering once a second while it
 * runs and not at all after. 0 when there is nothing to wait for.
 */
export function useResendCountdown(
  availableAt: number | undefined,
  now: () => number = Date.now,
): number {
  const [seconds, setSeconds] = useState(() => secondsUntil(availableAt, now()));
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const tick = () => {
      const left = secondsUntil(availableAt, now());
      setSeconds(left);
      if (left <= 0 || availableAt === undefined) return;
      // Wake exactly at the next whole-second boundary: the number changes when the second does.
      const remainder = (availableAt - now()) % 1000;
      timer = setTimeout(tick, remainder === 0 ? 1000 : remainder);
    };
    tick();
    return () => clearTimeout(timer);
  }, [availableAt, now]);
  return seconds;
}
