import { useState, type ClipboardEvent, type ChangeEvent, type Ref } from 'react';
import { OTP_LENGTH, sanitizeCode } from '../core/otp/sanitizeCode';

export interface CodeInputProps {
  /** The real input's id, for the `<label htmlFor>`. */
  id: string;
  /** The digits typed so far (0 to `length`). */
  value: string;
  onChange(value: string): void;
  /** Called once each time the value becomes complete, whether typed, pasted or autofilled. */
  onComplete?(code: string): void;
  /** Number of digits. Default: 6. */
  length?: number;
  disabled?: boolean;
  /** Draws the slots in the error colour and sets `aria-invalid`. */
  invalid?: boolean;
  /** Ids of the hint and error text, for `aria-describedby`. */
  describedBy?: string;
  inputRef?: Ref<HTMLInputElement>;
}

/**
 * One real `<input>` laid transparently over drawn slots (the input-otp pattern): the browser,
 * the OS keyboard, SMS autofill and password managers all see a single ordinary field.
 */
export function CodeInput({
  id,
  value,
  onChange,
  onComplete,
  length = OTP_LENGTH,
  disabled = false,
  invalid = false,
  describedBy,
  inputRef,
}: CodeInputProps) {
  const [focused, setFocused] = useState(false);

  const commit = (next: string) => {
    if (next === value) return;
    onChange(next);
    if (next.length === length) onComplete?.(next);
  };

  const handleChange = (event: ChangeEvent<HTMLInputElement>) => {
    commit(sanitizeCode(event.target.value, length));
  };

  // A pasted "123 456" or "123-456" would be cut by the browser's own insert at the caret;
  // a whole code replaces the field, a partial one appends.
  const handlePaste = (event: ClipboardEvent<HTMLInputElement>) => {
    const pasted = sanitizeCode(event.clipboardData.getData('text'), length);
    event.preventDefault();
    if (pasted === '') return;
    commit(pasted.length === length ? pasted : sanitizeCode(value + pasted, length));
  };

  // Editing happens at the end only, so the drawn caret always matches the real one.
  const keepCaretAtEnd = (input: HTMLInputElement) => {
    const end = input.value.length;
    if (input.selectionStart !== end || input.selectionEnd !== end)
      input.setSelectionRange(end, end);
  };

  const activeIndex = focused ? Math.min(value.length, length - 1) : -1;
  const state = disabled ? 'disabled' : value.length === length ? 'complete' : 'incomplete';

  return (
    <div className="vfk-code" data-state={state} data-invalid={invalid ? 'true' : undefined}>
      <input
        ref={inputRef}
        id={id}
        className="vfk-code-input"
        value={value}
        onChange={handleChange}
        onPaste={handlePaste}
        onFocus={(event) => {
          setFocused(true);
          keepCaretAtEnd(event.currentTarget);
        }}
        onBlur={() => setFocused(false)}
        onSelect={(event) => keepCaretAtEnd(event.currentTarget)}
        disabled={disabled}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        autoComplete="one-time-code"
        inputMode="numeric"
        pattern="\d*"
        spellCheck={false}
        autoCorrect="off"
        autoCapitalize="off"
        // 1Password, LastPass and Bitwarden otherwise draw their icon over the last slot.
        data-1p-ignore=""
        data-lpignore="true"
        data-bwignore=""
      />
      {Array.from({ length }, (_, index) => {
        const char = value[index];
        const active = index === activeIndex;
        return (
          <div
            key={index}
            className="vfk-code-slot"
            aria-hidden="true"
            data-active={active ? 'true' : undefined}
            data-filled={char === undefined ? undefined : 'true'}
          >
            {char ?? (active ? <span className="vfk-code-caret" /> : null)}
          </div>
        );
      })}
    </div>
  );
}
