export const OTP_LENGTH = 6;

// Unicode digit blocks a phone keyboard or a copied message may produce; each starts at its zero.
const DIGIT_ZEROS = [
  0xff10, // full-width (Japanese and Chinese IMEs)
  0x0660, // Arabic-Indic
  0x06f0, // Extended Arabic-Indic (Persian, Urdu)
  0x0966, // Devanagari
];

function asciiDigit(char: string): string | undefined {
  if (char >= '0' && char <= '9') return char;
  const point = char.codePointAt(0);
  if (point === undefined) return undefined;
  for (const zero of DIGIT_ZEROS) {
    if (point >= zero && point <= zero + 9) return String(point - zero);
  }
  return undefined;
}

/**
 * Turns whatever was typed or pasted ("123 456", "123-456", "Your code: １２３４５６") into at
 * most six ASCII digits. Letters and separators are dropped, not rejected: a paste must fill
 * the field, never be refused.
 */
export function sanitizeCode(input: string, length: number = OTP_LENGTH): string {
  let digits = '';
  for (const char of input) {
    const digit = asciiDigit(char);
    if (digit !== undefined) digits += digit;
    if (digits.length === length) break;
  }
  return digits;
}

export function isCompleteCode(code: string, length: number = OTP_LENGTH): boolean {
  return code.length === length && /^\d+$/.test(code);
}
