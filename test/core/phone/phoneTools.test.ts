import { describe, expect, it } from 'vitest';
import { countryFromLocale } from '../../../src/core/phone/countryFromLocale';
import { loadPhoneTools } from '../../../src/core/phone/loadPhoneTools';

describe('loadPhoneTools', () => {
  it('loads once and hands back the same module', async () => {
    const [first, second] = await Promise.all([loadPhoneTools(), loadPhoneTools()]);
    expect(first).toBe(second);
  });
});

describe('normalizePhone', () => {
  it('reads a national number in the selected country', async () => {
    const { normalizePhone } = await loadPhoneTools();
    expect(normalizePhone('300 123 4567', 'CO')).toEqual({
      ok: true,
      e164: '+573001234567',
      country: 'CO',
    });
    expect(normalizePhone('(202) 555-0143', 'US')).toMatchObject({
      ok: true,
      e164: '+12025550143',
    });
    expect(normalizePhone('612 34 56 78', 'ES')).toMatchObject({ ok: true, e164: '+34612345678' });
  });

  it('lets a pasted international number win over the selector', async () => {
    const { normalizePhone } = await loadPhoneTools();
    expect(normalizePhone('+34 612 345 678', 'CO')).toMatchObject({
      ok: true,
      e164: '+34612345678',
      country: 'ES',
    });
    expect(normalizePhone('0034 612 345 678', undefined)).toMatchObject({
      ok: true,
      e164: '+34612345678',
    });
  });

  it('says what is wrong', async () => {
    const { normalizePhone } = await loadPhoneTools();
    expect(normalizePhone('', 'CO')).toEqual({ ok: false, problem: 'empty' });
    expect(normalizePhone('300', 'CO')).toEqual({ ok: false, problem: 'too_short' });
    expect(normalizePhone('300123456789012', 'CO')).toEqual({ ok: false, problem: 'too_long' });
    expect(normalizePhone('3001234567', 'XX')).toEqual({ ok: false, problem: 'invalid_country' });
    expect(normalizePhone('1001234567', 'CO')).toEqual({ ok: false, problem: 'invalid' });
  });
});

describe('listCountries', () => {
  it('names countries in the locale, sorted there, with calling codes', async () => {
    const { listCountries } = await loadPhoneTools();
    const spanish = listCountries('es');
    const colombia = spanish.find((country) => country.code === 'CO');
    expect(colombia).toEqual({ code: 'CO', callingCode: '57', name: 'Colombia' });
    expect(spanish.find((country) => country.code === 'DE')?.name).toBe('Alemania');
    expect(listCountries('en').find((country) => country.code === 'DE')?.name).toBe('Germany');
    const names = spanish.map((country) => country.name);
    expect(names).toEqual([...names].sort(new Intl.Collator('es').compare));
    expect(spanish.length).toBeGreaterThan(200);
  });

  it('formats a number as it is typed', async () => {
    const { formatAsYouType } = await loadPhoneTools();
    expect(formatAsYouType('3001234567', 'CO')).toBe('300 1234567');
  });
});

describe('countryFromLocale', () => {
  it('takes the region, or the likely one', () => {
    expect(countryFromLocale('es-CO')).toBe('CO');
    expect(countryFromLocale('es')).toBe('ES');
    expect(countryFromLocale('en')).toBe('US');
    expect(countryFromLocale('pt-BR')).toBe('BR');
  });

  it('falls back on nonsense or nothing', () => {
    expect(countryFromLocale(undefined)).toBe('US');
    expect(countryFromLocale('not a locale!', 'CO')).toBe('CO');
  });
});
