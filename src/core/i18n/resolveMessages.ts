import type { Messages } from './en';
import { faceMessagesEn, faceMessagesEs, type FaceMessages } from './face';
import { faceErrorsEn, faceErrorsEs } from './faceErrors';
import { pickDefined, resolveCodeMessages, type Locale, type MessageOverrides } from './messages';

const faceStrings: Record<Locale, FaceMessages> = { en: faceMessagesEn, es: faceMessagesEs };
const faceErrors = { en: faceErrorsEn, es: faceErrorsEs };

/**
 * Every string for a locale (code steps and face step), English underneath, the host's overrides
 * on top. Imported only by the face step's chunk, so its strings load with it.
 */
export function resolveMessages(locale: Locale, overrides: MessageOverrides = {}): Messages {
  const code = resolveCodeMessages(locale, overrides);
  const { errors, ...strings } = pickDefined(overrides);
  return {
    ...code,
    ...faceMessagesEn,
    ...faceStrings[locale],
    ...pickDefined(strings, (key) => key in faceMessagesEn),
    errors: {
      ...faceErrorsEn,
      ...faceErrors[locale],
      ...pickDefined(errors ?? {}),
      ...code.errors,
    },
  };
}
