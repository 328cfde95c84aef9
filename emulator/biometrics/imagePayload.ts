const DATA_URL_PREFIX = /^data:image\/[a-z0-9.+-]+;base64,/i;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/**
 * The bytes of a `face_image` field: base64 (standard or URL-safe alphabet, whitespace ignored),
 * optionally behind a `data:image/...;base64,` prefix as a canvas's `toDataURL` gives it.
 * Undefined when the text is not base64. Isomorphic: `atob` exists in Node and browsers.
 */
export function decodeImagePayload(text: string): Uint8Array | undefined {
  const compact = text
    .replace(DATA_URL_PREFIX, '')
    .replace(/\s+/g, '')
    .replace(/-/g, '+')
    .replace(/_/g, '/');
  if (compact.length === 0 || !BASE64.test(compact)) return undefined;
  const padded = compact.padEnd(Math.ceil(compact.length / 4) * 4, '=');
  let binary: string;
  try {
    binary = atob(padded);
  } catch {
    return undefined;
  }
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
}
