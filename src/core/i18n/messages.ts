import type { VerifikError, VerifikErrorCode } from '../errors';
import { messagesEn, type CodeMessages, type Messages } from './en';
import { messagesEs } from './es';

export type Locale = 'en' | 'es';

/** Per-string overrides a host passes through the `messages` prop (face strings included). */
export type MessageOverrides = Partial<Omit<Messages, 'errors'>> & {
  errors?: Partial<Record<VerifikErrorCode, string>>;
};

const dictionaries: Record<Locale, CodeMessages> = { en: messagesEn, es: messagesEs };

/**
 * The code steps' dictionary for a locale, over English, then the host's overrides over both.
 * The face step completes it with its own strings (`resolveMessages`) when it loads, so email
 * and phone users never download them.
 */
export function resolveCodeMessages(
  locale: Locale,
  overrides: MessageOverrides = {},
): CodeMessages {
  const base = dictionaries[locale] ?? messagesEn;
  const { errors, ...strings } = overrides;
  return {
    ...messagesEn,
    ...base,
    ...pickDefined(strings, (key) => key in messagesEn),
    errors: {
      ...messagesEn.errors,
      ...base.errors,
      ...pickDefined(errors ?? {}, (key) => key in messagesEn.errors),
    },
  };
}

// A key set to `undefined` (easy from JavaScript) must fall back, not blank the string; keys of
// the face step stay out until it loads.
function pickDefined<T extends object>(
  values: T,
  keep: (key: string) => boolean = () => true,
): Partial<T> {
  const copy: Partial<T> = { ...values };
  for (const key in copy) if (copy[key] === undefined || !keep(key)) delete copy[key];
  return copy;
}

export { resolveMessages } from './resolveMessages';
export { pickDefined };

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

/** What `errorMessage` reads: any dictionary, with or without the face step's strings. */
export type ErrorMessages = Pick<
  CodeMessages,
  'attemptsRemainingOne' | 'attemptsRemainingOther'
> & {
  errors: Partial<Record<VerifikErrorCode, string>> & CodeMessages['errors'];
};

/** The localized sentence for an error, with the attempts left when the server said so. */
export function errorMessage(
  error: Pick<VerifikError, 'code' | 'attemptsRemaining'>,
  messages: ErrorMessages,
): string {
  const base = messages.errors[error.code] ?? messages.errors.unknown;
  const left = error.attemptsRemaining;
  const counted = error.code === 'otp_invalid' || error.code === 'face_mismatch';
  if (!counted || left === undefined) return base;
  // The last wrong code locks it: say so now rather than on a futile next try.
  if (left <= 0)
    return error.code === 'otp_invalid' ? `${base} ${messages.errors.otp_locked}` : base;
  const attempts =
    left === 1
      ? messages.attemptsRemainingOne
      : formatMessage(messages.attemptsRemainingOther, { count: left });
  return `${base} ${attempts}`;
}
