/**
 * The country a locale most likely means, for the phone selector's default: `es-CO` → `CO`,
 * `es` → `ES`, `en` → `US` (the likely-subtags data every modern `Intl` carries).
 */
export function countryFromLocale(locale: string | undefined, fallback = 'US'): string {
  if (!locale) return fallback;
  try {
    const region = new Intl.Locale(locale).maximize().region;
    return region && /^[A-Z]{2}$/.test(region) ? region : fallback;
  } catch {
    return fallback;
  }
}
