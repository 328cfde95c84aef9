import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isCompleteCode, sanitizeCode } from '../../../src/core/otp/sanitizeCode';

describe('sanitizeCode', () => {
  it.each([
    ['123456', '123456'],
    ['123 456', '123456'],
    ['123-456', '123456'],
    [' 12 34 56 \n', '123456'],
    ['Your code: 482913.', '482913'],
    ['１２３４５６', '123456'],
    ['٠١٢٣٤٥', '012345'],
    ['۹۸۷۶۵۴', '987654'],
    ['१२३४५६', '123456'],
    ['1234567890', '123456'],
    ['abc', ''],
    ['', ''],
  ])('%j -> %j', (input, expected) => {
    expect(sanitizeCode(input)).toBe(expected);
  });

  it('always returns at most six ASCII digits, and keeps ASCII digits in order', () => {
    fc.assert(
      fc.property(fc.string(), (input) => {
        const code = sanitizeCode(input);
        expect(code).toMatch(/^\d{0,6}$/);
        const ascii = input.replace(/[^0-9]/g, '');
        if (ascii.length === input.length) expect(code).toBe(ascii.slice(0, 6));
      }),
    );
  });
});

describe('isCompleteCode', () => {
  it('wants exactly six digits', () => {
    expect(isCompleteCode('123456')).toBe(true);
    expect(isCompleteCode('12345')).toBe(false);
    expect(isCompleteCode('12345a')).toBe(false);
  });
});
