/** Web Crypto only: this module also runs in the browser (Storybook through MSW). */

export function randomHex(bytes: number): string {
  const buffer = crypto.getRandomValues(new Uint8Array(bytes));
  return Array.from(buffer, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

export function randomId(prefix: string): string {
  return `${prefix}_${randomHex(12)}`;
}

const CODE_SPACE = 1_000_000;
// The largest multiple of 10^6 below 2^32: values at or above it would favour low codes.
const UNBIASED_CEILING = Math.floor(0x1_0000_0000 / CODE_SPACE) * CODE_SPACE;

/** A 6-digit code from the CSPRNG, by rejection sampling so every code is equally likely. */
export function randomCode(): string {
  const word = new Uint32Array(1);
  for (;;) {
    crypto.getRandomValues(word);
    const value = word[0] ?? UNBIASED_CEILING;
    if (value < UNBIASED_CEILING) return String(value % CODE_SPACE).padStart(6, '0');
  }
}

/** Equal-length comparison with no early exit, so timing does not reveal a matching prefix. */
export function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
  let difference = a.length ^ b.length;
  const length = Math.max(a.length, b.length);
  for (let index = 0; index < length; index += 1) {
    difference |= (a[index] ?? 0) ^ (b[index] ?? 0);
  }
  return difference === 0;
}
