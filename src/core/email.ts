/**
 * A pragmatic address check: what a user can type by mistake (no @, no dot in the domain,
 * spaces, a trailing dot), not the full RFC 5322 grammar that no mail provider honours anyway.
 */
const EMAIL_PATTERN =
  /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\.[A-Za-z]{2,63}$/;

export type EmailProblem = 'empty' | 'invalid' | 'too_long';

/** Trims, lower-cases the domain (mailboxes may be case-sensitive, domains are not). */
export function normalizeEmail(input: string): string {
  const trimmed = input.trim();
  const at = trimmed.lastIndexOf('@');
  if (at < 0) return trimmed;
  return `${trimmed.slice(0, at)}@${trimmed.slice(at + 1).toLowerCase()}`;
}

/** Returns what is wrong with an address, or `undefined` when it may be sent. */
export function emailProblem(input: string): EmailProblem | undefined {
  const email = normalizeEmail(input);
  if (email === '') return 'empty';
  if (email.length > 254) return 'too_long';
  const local = email.slice(0, email.lastIndexOf('@'));
  if (local.length > 64 || local.startsWith('.') || local.endsWith('.') || local.includes('..')) {
    return 'invalid';
  }
  return EMAIL_PATTERN.test(email) ? undefined : 'invalid';
}

export function isValidEmail(input: string): boolean {
  return emailProblem(input) === undefined;
}
