/**
 * Used when the server does not say how long to wait before a resend (Verifik's production API
 * omits `resend_after`); a 429 then corrects it with `retry_after`.
 */
export const DEFAULT_RESEND_SECONDS = 30;

/**
 * The epoch milliseconds from which a resend may be offered. Takes the longest of every wait the
 * server asked for and any wait already running, so the button never comes back early.
 */
export function resendAvailableAt(
  now: number,
  waits: readonly (number | undefined)[],
  current?: number,
): number {
  const known = waits.filter((seconds): seconds is number => seconds !== undefined && seconds >= 0);
  const seconds = known.length > 0 ? Math.max(...known) : DEFAULT_RESEND_SECONDS;
  return Math.max(now + Math.ceil(seconds) * 1000, current ?? 0);
}

/** Whole seconds left, rounded up: "1 s" is shown until the wait is really over. */
export function secondsUntil(availableAt: number | undefined, now: number): number {
  if (availableAt === undefined) return 0;
  return Math.max(0, Math.ceil((availableAt - now) / 1000));
}
