import type { ReactNode } from 'react';

export interface SubmitButtonProps {
  busy: boolean;
  busyLabel: string;
  /** Seconds the server asked to wait (rate limit): shown on the button, which ignores presses. */
  waitSeconds?: number;
  children: ReactNode;
}

/**
 * Stays focusable while busy (`aria-disabled`, not `disabled`) so keyboard focus is not dropped
 * to the page; the form ignores submits while busy, so a double click sends once.
 */
export function SubmitButton({ busy, busyLabel, waitSeconds = 0, children }: SubmitButtonProps) {
  const waiting = waitSeconds > 0;
  return (
    <button
      type="submit"
      className="vfk-button"
      aria-disabled={busy || waiting || undefined}
      data-state={busy ? 'busy' : waiting ? 'waiting' : 'idle'}
    >
      {busy ? (
        <>
          <span className="vfk-spinner" aria-hidden="true" />
          {busyLabel}
        </>
      ) : waiting ? (
        <>
          {children} ({waitSeconds} s)
        </>
      ) : (
        children
      )}
    </button>
  );
}
