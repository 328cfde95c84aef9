import { useId, useState, type FormEvent, type Ref } from 'react';
import type { CodeMessages } from '../core/i18n/en';
import { ErrorAlert } from './ErrorAlert';
import { StepHeading } from './StepHeading';
import { SubmitButton } from './SubmitButton';

export interface EmailStepProps {
  messages: CodeMessages;
  /** The address to start from (kept when the user comes back to change it). */
  initialEmail: string;
  sending: boolean;
  /** Seconds before the server accepts another send (after a rate limit); 0 when none. */
  waitSeconds: number;
  /** The localized problem with the address as typed (checked by the flow before sending). */
  fieldError: string | undefined;
  /** The localized error of the last send, if it failed. */
  error: string | undefined;
  onSubmit(email: string): void;
  onUseAnotherMethod: (() => void) | undefined;
  fieldRef?: Ref<HTMLInputElement>;
  headingRef?: Ref<HTMLHeadingElement>;
}

export function EmailStep({
  messages,
  initialEmail,
  sending,
  waitSeconds,
  fieldError,
  error,
  onSubmit,
  onUseAnotherMethod,
  fieldRef,
  headingRef,
}: EmailStepProps) {
  const id = useId();
  const [email, setEmail] = useState(initialEmail);
  const invalid = fieldError !== undefined;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!sending && waitSeconds === 0) onSubmit(email);
  };

  return (
    <div className="vfk-step">
      <StepHeading headingRef={headingRef}>{messages.emailTitle}</StepHeading>
      <form className="vfk-form" onSubmit={submit} noValidate>
        <div className="vfk-field">
          <label className="vfk-label" htmlFor={`${id}-email`}>
            {messages.emailLabel}
          </label>
          <input
            ref={fieldRef}
            id={`${id}-email`}
            className="vfk-input"
            type="email"
            name="email"
            autoComplete="email"
            spellCheck={false}
            value={email}
            onChange={(event) => setEmail(event.target.value)}
            aria-invalid={invalid || undefined}
            aria-describedby={`${id}-hint ${id}-field-error ${id}-error`}
          />
          <p id={`${id}-hint`} className="vfk-hint">
            {messages.emailHint}
          </p>
          <p id={`${id}-field-error`} className="vfk-field-error" aria-live="polite">
            {fieldError ?? ''}
          </p>
        </div>
        <ErrorAlert id={`${id}-error`} message={error} />
        <SubmitButton busy={sending} busyLabel={messages.sending} waitSeconds={waitSeconds}>
          {messages.sendCode}
        </SubmitButton>
      </form>
      {onUseAnotherMethod && (
        <div className="vfk-actions">
          <button type="button" className="vfk-link" onClick={onUseAnotherMethod}>
            {messages.useAnotherMethod}
          </button>
        </div>
      )}
    </div>
  );
}
