/**
 * The one error type of the widget. Server errors, network failures, schema mismatches, camera
 * and model failures all arrive as a `VerifikError` with a `code` from this union, so the UI can
 * show a localized message per code and the host gets the same object through `onError`.
 */
export type VerifikErrorCode =
  // request and account
  | 'invalid_request'
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'project_not_found'
  | 'method_not_enabled'
  | 'user_not_found'
  | 'payload_too_large'
  // codes
  | 'otp_invalid'
  | 'otp_expired'
  | 'otp_locked'
  | 'otp_already_used'
  | 'validation_not_found'
  | 'validation_expired'
  | 'rate_limited'
  // face, server side
  | 'invalid_image'
  | 'face_not_found'
  | 'multiple_faces'
  | 'face_too_small'
  | 'face_mismatch'
  | 'liveness_failed'
  | 'already_enrolled'
  // face, browser side
  | 'camera_denied'
  | 'camera_not_found'
  | 'camera_in_use'
  | 'camera_unavailable'
  | 'insecure_context'
  | 'model_load_failed'
  | 'model_load_timeout'
  | 'precheck_timeout'
  // transport
  | 'network'
  | 'timeout'
  | 'aborted'
  | 'schema'
  | 'server'
  | 'usage'
  | 'unknown';

/** Server `code` strings (Access API envelope) and the widget code each maps to. */
export const SERVER_ERROR_CODES: Readonly<Record<string, VerifikErrorCode>> = {
  INVALID_REQUEST: 'invalid_request',
  UNAUTHORIZED: 'unauthorized',
  FORBIDDEN: 'forbidden',
  NOT_FOUND: 'not_found',
  PROJECT_NOT_FOUND: 'project_not_found',
  METHOD_NOT_ENABLED: 'method_not_enabled',
  USER_NOT_FOUND: 'user_not_found',
  PAYLOAD_TOO_LARGE: 'payload_too_large',
  INVALID_OTP: 'otp_invalid',
  OTP_EXPIRED: 'otp_expired',
  MAX_ATTEMPTS_EXCEEDED: 'otp_locked',
  OTP_ALREADY_USED: 'otp_already_used',
  // A face validation that already signed a user in: the same "used once" rule as a code.
  VALIDATION_ALREADY_USED: 'otp_already_used',
  VALIDATION_NOT_FOUND: 'validation_not_found',
  VALIDATION_EXPIRED: 'validation_expired',
  RATE_LIMITED: 'rate_limited',
  INVALID_IMAGE: 'invalid_image',
  NO_FACE_DETECTED: 'face_not_found',
  MULTIPLE_FACES: 'multiple_faces',
  FACE_TOO_SMALL: 'face_too_small',
  FACE_MISMATCH: 'face_mismatch',
  LIVENESS_FAILED: 'liveness_failed',
  ALREADY_ENROLLED: 'already_enrolled',
};

export interface VerifikErrorOptions {
  status?: number;
  /** The server's own `code` string, kept for logs and support tickets. */
  serverCode?: string;
  attemptsRemaining?: number;
  /** Seconds to wait before the same call may succeed (from `Retry-After` / `details.retry_after`). */
  retryAfter?: number;
  details?: Readonly<Record<string, unknown>>;
  cause?: unknown;
}

export class VerifikError extends Error {
  override readonly name = 'VerifikError';
  readonly code: VerifikErrorCode;
  readonly status: number | undefined;
  readonly serverCode: string | undefined;
  readonly attemptsRemaining: number | undefined;
  readonly retryAfter: number | undefined;
  readonly details: Readonly<Record<string, unknown>> | undefined;

  constructor(code: VerifikErrorCode, message: string, options: VerifikErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.status = options.status;
    this.serverCode = options.serverCode;
    this.attemptsRemaining = options.attemptsRemaining;
    this.retryAfter = options.retryAfter;
    this.details = options.details;
  }

  /** True where trying the same call again, unchanged, may succeed. */
  get retryable(): boolean {
    return (
      this.code === 'network' ||
      this.code === 'timeout' ||
      this.code === 'server' ||
      this.code === 'rate_limited'
    );
  }
}

export function isVerifikError(value: unknown): value is VerifikError {
  return value instanceof VerifikError;
}

/** Maps a server `code` to the widget's union; unknown codes by HTTP status. */
export function codeFromServer(serverCode: string | undefined, status: number): VerifikErrorCode {
  const known = serverCode === undefined ? undefined : SERVER_ERROR_CODES[serverCode];
  if (known) return known;
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not_found';
  if (status === 413) return 'payload_too_large';
  if (status === 429) return 'rate_limited';
  if (status >= 500) return 'server';
  if (status >= 400) return 'invalid_request';
  return 'unknown';
}
