import { describe, expect, it } from 'vitest';
import { emailProblem, isValidEmail, normalizeEmail } from '../../src/core/email';

describe('email validation', () => {
  it.each(['ana@example.com', 'ana.maria+otp@sub.example.co', "o'brien@example.ie", 'a@b.io'])(
    'accepts %s',
    (email) => expect(isValidEmail(email)).toBe(true),
  );

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['ana', 'invalid'],
    ['ana@', 'invalid'],
    ['ana@example', 'invalid'],
    ['ana@example.', 'invalid'],
    ['ana @example.com', 'invalid'],
    ['.ana@example.com', 'invalid'],
    ['ana..maria@example.com', 'invalid'],
    ['ana@-example.com', 'invalid'],
    [`${'a'.repeat(65)}@example.com`, 'invalid'],
    [`ana@${'a'.repeat(250)}.com`, 'too_long'],
  ])('rejects %j as %s', (email, problem) => {
    expect(emailProblem(email)).toBe(problem);
  });

  it('trims and lower-cases the domain only', () => {
    expect(normalizeEmail('  Ana.Maria@Example.COM ')).toBe('Ana.Maria@example.com');
  });
});
