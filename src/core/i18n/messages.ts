import type { VerifikError, VerifikErrorCode } from '../errors';
import { messagesEn, type Messages } from './en';
import { messagesEs } from './es';

export type Locale = 'en' | 'es';

/** Per-string overrides a host passes through the `messages` prop. */
export type MessageOverrides = Partial<Omit<Messages, 'errors'>> & {
  errors?: Partial<Record<VerifikErrorCode, string>>;
};

const dictionaries: Record<Locale, Messages> = { en: messagesEn, es: messagesEs };

/** The locale's dictionary over English, then the host's overrides over both. */
export function resolveMessages(locale: Locale, overrides: MessageOverrides = {}): Messages {
  const base = dictionaries[locale] ?? messagesEn;
  const { errors, ...strings } = overrides;
  return {
    ...messagesEn,
    ...base,
    ...definedOnly(strings),
    errors: { ...messagesEn.errors, ...base.errors, ...definedOnly(errors ?? {}) },
  };
}

// A key set to `undefined` (easy to do from JavaScript) must fall back, not blank the string.
function definedOnly<T extends object>(values: T): T {
  const copy = { ...values };
  for (const key in copy) if (copy[key] === undefined) delete copy[key];
  return copy;
}

/** Fills `{name}` placeholders; an unknown placeholder stays visible so a bad override shows. */
export function formatMessage(
  template: string,
  values: Readonly<Record<string, string | number>>,
): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = values[name];
    return value === undefined ? whole : String(value);
  });
}

/** The localized sentence for an error, with the attempts left when the server said so. */
export function errorMessage(
  error: Pick<VerifikError, 'code' | 'attemptsRemaining'>,
  messages: Messages,
): string {
  const base = messages.errors[error.code] ?? messages.errors.unknown;
  const left = error.attemptsRemaining;
  if (error.code !== 'otp_invalid' || left === undefined) return base;
  // The last wrong try locks the code: say so now rather than on a futile next try.
  if (left <= 0) return `${base} ${messages.errors.otp_locked}`;
  const attempts =
    left === 1
      ? messages.attemptsRemainingOne
      : formatMessage(messages.attemptsRemainingOther, { count: left });
  return `${base} ${attempts}`;
}
