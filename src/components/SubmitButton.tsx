import type { ReactNode } from 'react';

export interface SubmitButtonProps {
  busy: boolean;
  busyLabel: string;
  children: ReactNode;
}

/**
 * Stays focusable while busy (`aria-disabled`, not `disabled`) so keyboard focus is not dropped
 * to the page; the form ignores submits while busy, so a double click sends once.
 */
export function SubmitButton({ busy, busyLabel, children }: SubmitButtonProps) {
  return (
    <button
      type="submit"
      className="vfk-button"
      aria-disabled={busy || undefined}
      data-state={busy ? 'busy' : 'idle'}
    >
      {busy ? (
        <>
          <span className="vfk-spinner" aria-hidden="true" />
          {busyLabel}
        </>
      ) : (
        children
      )}
    </button>
  );
}
