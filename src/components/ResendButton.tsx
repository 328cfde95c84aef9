import { useState } from 'react';
import type { CodeMessages } from '../core/i18n/en';
import { formatMessage } from '../core/i18n/messages';

export interface ResendButtonProps {
  messages: CodeMessages;
  /** Whole seconds until the server accepts another send; 0 when it may be asked now. */
  secondsLeft: number;
  busy: boolean;
  onResend(): void;
}

/**
 * The visible label counts down every second; the live region speaks only when the wait starts
 * and when it ends, since a per-second announcement drowns out everything else.
 */
export function ResendButton({ messages, secondsLeft, busy, onResend }: ResendButtonProps) {
  const waiting = secondsLeft > 0;
  const [tracked, setTracked] = useState({ waiting, startSeconds: secondsLeft, ended: false });
  if (tracked.waiting !== waiting)
    setTracked({ waiting, startSeconds: secondsLeft, ended: !waiting });
  const announcement = waiting
    ? formatMessage(messages.resendWaitAnnouncement, { seconds: tracked.startSeconds })
    : tracked.ended
      ? messages.resendReadyAnnouncement
      : '';
  const unavailable = waiting || busy;

  return (
    <>
      <button
        type="button"
        className="vfk-link vfk-resend"
        aria-disabled={unavailable || undefined}
        data-state={waiting ? 'waiting' : busy ? 'busy' : 'ready'}
        onClick={() => {
          if (!unavailable) onResend();
        }}
      >
        {waiting ? formatMessage(messages.resendIn, { seconds: secondsLeft }) : messages.resend}
      </button>
      <span className="vfk-live" aria-live="polite" aria-atomic="true">
        {announcement}
      </span>
    </>
  );
}
