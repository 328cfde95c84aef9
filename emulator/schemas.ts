import type { Context } from 'hono';
import { z } from 'zod';

/** E.164: a plus, a non-zero country digit, 8 to 15 digits in all. */
export const E164_PATTERN = /^\+[1-9]\d{7,14}$/;

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254)
  .pipe(z.email('must be an email address'));
export const phoneSchema = z
  .string()
  .trim()
  .regex(E164_PATTERN, 'must be an E.164 phone number such as +573001234567');
export const otpSchema = z
  .string()
  .trim()
  .regex(/^\d{6}$/, 'must be 6 digits');
export const idSchema = z.string().trim().min(1, 'required').max(128);

export type BodyResult<T> = { ok: true; data: T } | { ok: false; fields: Record<string, string> };

/** zod issues as `{ [field]: reason }`, first reason per field; the whole body is `body`. */
export function fieldsFromIssues(issues: readonly z.core.$ZodIssue[]): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of issues) {
    const field = issue.path.length === 0 ? 'body' : issue.path.map(String).join('.');
    if (!(field in fields)) fields[field] = issue.message;
  }
  return fields;
}

export function parseWith<T>(schema: z.ZodType<T>, value: unknown): BodyResult<T> {
  const parsed = schema.safeParse(value);
  return parsed.success
    ? { ok: true, data: parsed.data }
    : { ok: false, fields: fieldsFromIssues(parsed.error.issues) };
}

/**
 * Reads and validates a JSON body. Malformed JSON, an empty body and schema mismatches all come
 * back as field reasons, never as a thrown error. The size limit is enforced earlier, by the
 * body-limit middleware, while the body streams in.
 */
export async function readJsonBody<T>(
  c: Context,
  schema: z.ZodType<T>,
  options: { allowEmpty?: boolean } = {},
): Promise<BodyResult<T>> {
  let text: string;
  try {
    text = await c.req.text();
  } catch {
    return { ok: false, fields: { body: 'could not be read' } };
  }
  if (text.trim() === '') {
    return options.allowEmpty
      ? parseWith(schema, {})
      : { ok: false, fields: { body: 'required: a JSON object' } };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, fields: { body: 'malformed JSON' } };
  }
  return parseWith(schema, value);
}
