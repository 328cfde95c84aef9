import {
  formatIncompletePhoneNumber,
  getCountries,
  getCountryCallingCode,
  isSupportedCountry,
  parsePhoneNumberFromString,
  validatePhoneNumberLength,
  type CountryCode,
} from 'libphonenumber-js/min';

export type PhoneProblem = 'empty' | 'invalid_country' | 'too_short' | 'too_long' | 'invalid';

export type PhoneCheck =
  { ok: true; e164: string; country: string | undefined } | { ok: false; problem: PhoneProblem };

export interface Country {
  /** ISO 3166-1 alpha-2, e.g. `CO`. */
  code: string;
  /** Without the plus, e.g. `57`. */
  callingCode: string;
  /** In the requested locale, e.g. `Colombia`. */
  name: string;
}

/**
 * Normalises what the user typed into E.164, reading it in `country` unless it starts with `+`
 * (a pasted international number wins over the selector).
 */
export function normalizePhone(input: string, country?: string): PhoneCheck {
  const text = input.trim();
  if (!/\d/.test(text)) return { ok: false, problem: 'empty' };
  const international = text.startsWith('+') || text.startsWith('00');
  const defaultCountry = country !== undefined && isSupportedCountry(country) ? country : undefined;
  if (!international && defaultCountry === undefined)
    return { ok: false, problem: 'invalid_country' };
  const normalized = text.startsWith('00') ? `+${text.slice(2)}` : text;
  const lengthProblem = validatePhoneNumberLength(normalized, defaultCountry);
  if (lengthProblem === 'TOO_SHORT' || lengthProblem === 'NOT_A_NUMBER')
    return { ok: false, problem: 'too_short' };
  if (lengthProblem === 'TOO_LONG') return { ok: false, problem: 'too_long' };
  if (lengthProblem === 'INVALID_COUNTRY') return { ok: false, problem: 'invalid_country' };
  const parsed = parsePhoneNumberFromString(normalized, defaultCountry);
  if (!parsed || !parsed.isValid()) return { ok: false, problem: 'invalid' };
  return { ok: true, e164: parsed.number, country: parsed.country };
}

/** Every country with its calling code, named and sorted in `locale`. */
export function listCountries(locale: string): Country[] {
  const names = new Intl.DisplayNames([locale, 'en'], { type: 'region', fallback: 'code' });
  const collator = new Intl.Collator(locale);
  return getCountries()
    .map((code) => ({
      code,
      callingCode: String(getCountryCallingCode(code)),
      name: names.of(code) ?? code,
    }))
    .sort((a, b) => collator.compare(a.name, b.name));
}

/** Formats a partly typed national number the way the country writes it ("300 1234567"). */
export function formatAsYouType(input: string, country: string | undefined): string {
  const defaultCountry: CountryCode | undefined =
    country !== undefined && isSupportedCountry(country) ? country : undefined;
  return formatIncompletePhoneNumber(input, defaultCountry);
}

export function isSupportedPhoneCountry(country: string): boolean {
  return isSupportedCountry(country);
}
