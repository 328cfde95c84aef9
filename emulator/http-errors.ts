import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** The Access API error envelope. */
export interface AccessErrorBody {
  success: false;
  error: string;
  code: string;
  details?: Record<string, unknown>;
}

export function accessErrorBody(
  code: string,
  error: string,
  details?: Record<string, unknown>,
): AccessErrorBody {
  return details === undefined
    ? { success: false, error, code }
    : { success: false, error, code, details };
}

/** `{success: false, error, code, details?}` with the given status. */
export function accessError(
  c: Context,
  status: ContentfulStatusCode,
  code: string,
  error: string,
  details?: Record<string, unknown>,
): Response {
  return c.json(accessErrorBody(code, error, details), status);
}

export function invalidRequest(c: Context, fields: Record<string, string>): Response {
  return accessError(c, 400, 'INVALID_REQUEST', 'The request is invalid', { fields });
}

/** 429 with both the `Retry-After` header and `details.retry_after`, in whole seconds. */
export function rateLimited(
  c: Context,
  retryAfterSeconds: number,
  error = 'Too many requests',
): Response {
  c.header('Retry-After', String(retryAfterSeconds));
  return accessError(c, 429, 'RATE_LIMITED', error, { retry_after: retryAfterSeconds });
}

export function unauthorized(c: Context): Response {
  c.header('WWW-Authenticate', 'Bearer');
  return accessError(c, 401, 'UNAUTHORIZED', 'A valid client Bearer token is required');
}

export function payloadTooLarge(c: Context, maxBytes: number): Response {
  return accessError(c, 413, 'PAYLOAD_TOO_LARGE', 'The request body is too large', {
    max_bytes: maxBytes,
  });
}

export function accessSuccess<T>(
  c: Context,
  data: T,
  message: string,
  status: ContentfulStatusCode = 200,
): Response {
  return c.json({ success: true, data, message }, status);
}
