import { VerifikError, codeFromServer } from '../core/errors';
import { errorEnvelopeSchema, successEnvelopeSchema } from './envelope';

/** The Verifik Access API in production; point `baseUrl` at your own proxy instead where you can. */
export const VERIFIK_ACCESS_BASE_URL = 'https://api.verifik.co/v2/access';

const DEFAULT_TIMEOUT_MS = 20_000;

export interface TransportOptions {
  /**
   * The Access API base, up to and including `/v2/access` (e.g. `https://api.verifik.co/v2/access`),
   * or a proxy on the host's own origin that adds the client token server side (recommended:
   * the page then never holds a client JWT).
   */
  baseUrl: string;
  /** Returns the client JWT sent as `Authorization: Bearer`; omit it when a proxy adds the token. */
  getToken?: () => string | null | undefined | Promise<string | null | undefined>;
  /** A `fetch` to use instead of the global one (tests, instrumentation, custom agents). */
  fetch?: typeof fetch;
  /** Extra headers sent with every request (e.g. a CSRF header for the host's proxy). */
  headers?: Readonly<Record<string, string>>;
  /** Milliseconds before a request fails with `timeout`. Default 20000. */
  timeoutMs?: number;
}

export interface RequestOptions {
  /** Aborting it fails the call with `aborted`. */
  signal?: AbortSignal;
}

/** Sends one JSON POST and returns the envelope's `data`, unvalidated; every failure is a VerifikError. */
export interface Transport {
  readonly baseUrl: string;
  post(path: string, body: unknown, options?: RequestOptions): Promise<unknown>;
}

export function createTransport(options: TransportOptions): Transport {
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;

  async function post(path: string, body: unknown, requestOptions: RequestOptions = {}) {
    const callerSignal = requestOptions.signal;
    if (callerSignal?.aborted) throw abortedError(callerSignal.reason);
    // The caller's signal and our timeout share one controller, so both also stop body reading.
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
    const onCallerAbort = () => controller.abort(callerSignal?.reason);
    callerSignal?.addEventListener('abort', onCallerAbort, { once: true });
    const failure = (cause: unknown): VerifikError => {
      if (cause instanceof VerifikError) return cause;
      if (callerSignal?.aborted) return abortedError(cause);
      if (timedOut)
        return new VerifikError('timeout', `No answer within ${timeoutMs} ms`, { cause });
      return new VerifikError('network', 'The Verifik API could not be reached', { cause });
    };
    try {
      const headers = await buildHeaders(options);
      // Called unbound on purpose: `options.fetch(...)` would throw "Illegal invocation" in
      // browsers when a host passes `window.fetch` itself.
      const fetchImpl = options.fetch ?? globalThis.fetch;
      const response = await fetchImpl(`${baseUrl}${path}`, {
        method: 'POST',
        headers,
        body: JSON.stringify(body),
        signal: controller.signal,
        credentials: 'same-origin',
      });
      const text = await response.text();
      return readEnvelope(response, text);
    } catch (cause) {
      throw failure(cause);
    } finally {
      clearTimeout(timer);
      callerSignal?.removeEventListener('abort', onCallerAbort);
    }
  }

  return { baseUrl, post };
}

async function buildHeaders(options: TransportOptions): Promise<Headers> {
  const headers = new Headers(options.headers);
  headers.set('content-type', 'application/json');
  headers.set('accept', 'application/json');
  if (options.getToken) {
    let token: string | null | undefined;
    try {
      token = await options.getToken();
    } catch (cause) {
      throw new VerifikError('unauthorized', 'getToken() failed', { cause });
    }
    if (token) headers.set('authorization', `Bearer ${token}`);
  }
  return headers;
}

function abortedError(cause: unknown): VerifikError {
  return new VerifikError('aborted', 'The request was aborted', { cause });
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

function readEnvelope(response: Response, text: string): unknown {
  const parsed = parseJson(text);
  if (!response.ok) throw errorFromResponse(response, parsed.ok ? parsed.value : undefined);
  if (!parsed.ok) {
    throw new VerifikError('schema', 'The Verifik API answered with a body that is not JSON', {
      status: response.status,
    });
  }
  const success = successEnvelopeSchema.safeParse(parsed.value);
  if (success.success) return success.data.data;
  // A 2xx carrying `success: false` is still an error the server meant to report.
  if (errorEnvelopeSchema.safeParse(parsed.value).success) {
    throw errorFromResponse(response, parsed.value);
  }
  throw new VerifikError('schema', 'The Verifik API answered with an unexpected envelope', {
    status: response.status,
    cause: success.error,
  });
}

/** Maps an error response (JSON envelope or not) to a VerifikError; never includes the request. */
export function errorFromResponse(response: Response, body: unknown): VerifikError {
  const status = response.status;
  const envelope = errorEnvelopeSchema.safeParse(body);
  const headerRetry = parseRetryAfter(response.headers.get('retry-after'));
  if (!envelope.success) {
    return new VerifikError(codeFromServer(undefined, status), `HTTP ${status}`, {
      status,
      retryAfter: headerRetry,
    });
  }
  const { code: serverCode, error: message, details } = envelope.data;
  const attempts = details?.['attempts_remaining'];
  const detailRetry = details?.['retry_after'];
  const retryCandidates = [headerRetry, typeof detailRetry === 'number' ? detailRetry : undefined];
  const known = retryCandidates.filter((value): value is number => value !== undefined);
  return new VerifikError(codeFromServer(serverCode, status), message ?? `HTTP ${status}`, {
    status,
    serverCode,
    attemptsRemaining: typeof attempts === 'number' ? attempts : undefined,
    // Never wait less than the server asked for, whichever way it said it.
    retryAfter: known.length > 0 ? Math.ceil(Math.max(...known)) : undefined,
    details,
  });
}

/** `Retry-After` is either whole seconds or an HTTP date. */
export function parseRetryAfter(
  value: string | null,
  now: number = Date.now(),
): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, Math.ceil((date - now) / 1000));
}
