import { useId, type FormEvent, type Ref } from 'react';
import type { CodeMessages } from '../core/i18n/en';
import { CodeInput } from './CodeInput';
import { ErrorAlert } from './ErrorAlert';
import { ResendButton } from './ResendButton';
import { StepHeading } from './StepHeading';
import { SubmitButton } from './SubmitButton';

/** What the user can do about the current error, decided by the widget from its code. */
export type CodeRecovery = 'correct' | 'resend' | 'retry' | 'startOver' | undefined;

export interface CodeStepProps {
  messages: CodeMessages;
  /** The email or formatted number the code went to. */
  destination: string;
  code: string;
  verifying: boolean;
  resending: boolean;
  error: string | undefined;
  recovery: CodeRecovery;
  /** Seconds before the retry of a rate-limited call is allowed. */
  retrySecondsLeft: number;
  resendSecondsLeft: number;
  changeLabel: string;
  onCodeChange(code: string): void;
  onSubmitCode(code?: string): void;
  onResend(): void;
  onRetry(): void;
  onStartOver(): void;
  onChangeIdentifier(): void;
  onUseAnotherMethod: (() => void) | undefined;
  codeRef?: Ref<HTMLInputElement>;
  headingRef?: Ref<HTMLHeadingElement>;
}

export function CodeStep({ codeRef, headingRef, ...props }: CodeStepProps) {
  const { messages, recovery, verifying } = props;
  const id = useId();
  const locked = recovery === 'startOver';
  // The address is set in bold: split the sentence around it rather than build markup in strings.
  const [before = '', after = ''] = messages.codeSentTo.split('{destination}');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!verifying && !locked) props.onSubmitCode();
  };

  return (
    <div className="vfk-step">
      <StepHeading headingRef={headingRef}>{messages.codeTitle}</StepHeading>
      <p className="vfk-text">
        {before}
        <strong className="vfk-destination">{props.destination}</strong>
        {after}
      </p>
      <form className="vfk-form" onSubmit={submit} noValidate>
        <div className="vfk-field">
          <label className="vfk-label" htmlFor={`${id}-code`}>
            {messages.codeLabel}
          </label>
          <CodeInput
            id={`${id}-code`}
            inputRef={codeRef}
            value={props.code}
            onChange={props.onCodeChange}
            onComplete={(code) => props.onSubmitCode(code)}
            disabled={locked}
            invalid={recovery === 'correct'}
            describedBy={`${id}-error`}
          />
        </div>
        <ErrorAlert id={`${id}-error`} message={props.error} />
        {recovery === 'startOver' ? (
          <button type="button" className="vfk-button" onClick={props.onStartOver}>
            {messages.startOver}
          </button>
        ) : recovery === 'retry' ? (
          <button
            type="button"
            className="vfk-button"
            aria-disabled={props.retrySecondsLeft > 0 || undefined}
            onClick={() => {
              if (props.retrySecondsLeft === 0) props.onRetry();
            }}
          >
            {props.retrySecondsLeft > 0
              ? `${messages.retry} (${props.retrySecondsLeft} s)`
              : messages.retry}
          </button>
        ) : (
          <SubmitButton busy={verifying} busyLabel={messages.verifying}>
            {messages.verify}
          </SubmitButton>
        )}
      </form>
      <div className="vfk-actions">
        {!locked && (
          <ResendButton
            messages={messages}
            secondsLeft={props.resendSecondsLeft}
            busy={props.resending || verifying}
            onResend={props.onResend}
          />
        )}
        <button type="button" className="vfk-link" onClick={props.onChangeIdentifier}>
          {props.changeLabel}
        </button>
        {props.onUseAnotherMethod && (
          <button type="button" className="vfk-link" onClick={props.onUseAnotherMethod}>
            {messages.useAnotherMethod}
          </button>
        )}
      </div>
    </div>
  );
}
