import { createServer, type Server, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendEmailOtp } from '../../src/api/otp';
import { createTransport, parseRetryAfter } from '../../src/api/transport';
import { VerifikError, codeFromServer } from '../../src/core/errors';
import { startTestEmulator, type TestEmulator } from './support/testEmulator';

let emulator: TestEmulator;
/** A TCP server that accepts connections and never answers: a hung upstream. */
let silent: Server;
let silentUrl: string;
const sockets: Socket[] = [];

beforeAll(async () => {
  emulator = await startTestEmulator();
  silent = createServer((socket) => sockets.push(socket));
  await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
  const address = silent.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  silentUrl = `http://127.0.0.1:${address.port}/v2/access`;
});
afterAll(async () => {
  await emulator.close();
  for (const socket of sockets) socket.destroy();
  await new Promise((resolve) => silent.close(resolve));
});

async function failure(promise: Promise<unknown>): Promise<VerifikError> {
  const error = await promise.then(
    () => undefined,
    (cause: unknown) => cause,
  );
  if (!(error instanceof VerifikError))
    throw new Error(`expected a VerifikError, got ${String(error)}`);
  return error;
}

/** A port that was free a moment ago: nothing listens there. */
async function closedPortUrl(): Promise<string> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const address = probe.address();
  await new Promise((resolve) => probe.close(resolve));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return `http://127.0.0.1:${address.port}/v2/access`;
}

const input = () => ({ email: 'ana@example.com', projectId: emulator.projectId });

describe('transport failures', () => {
  it('turns a refused connection into network, keeping the cause', async () => {
    const transport = createTransport({ baseUrl: await closedPortUrl(), getToken: () => 'token' });
    const error = await failure(sendEmailOtp(transport, input()));
    expect(error.code).toBe('network');
    expect(error.cause).toBeDefined();
    expect(error.retryable).toBe(true);
  });

  it('gives up on a server that never answers with timeout', async () => {
    const transport = createTransport({ baseUrl: silentUrl, timeoutMs: 150 });
    const error = await failure(sendEmailOtp(transport, input()));
    expect(error.code).toBe('timeout');
  });

  it('reports a caller abort as aborted, before or during the request', async () => {
    const transport = createTransport({ baseUrl: silentUrl });
    const early = new AbortController();
    early.abort();
    expect((await failure(sendEmailOtp(transport, input(), { signal: early.signal }))).code).toBe(
      'aborted',
    );

    const late = new AbortController();
    const pending = sendEmailOtp(transport, input(), { signal: late.signal });
    setTimeout(() => late.abort(), 20);
    expect((await failure(pending)).code).toBe('aborted');
  });

  it('answers 401 unauthorized without a token, with a forged one, and when getToken throws', async () => {
    const none = createTransport({ baseUrl: emulator.baseUrl });
    expect(await failure(sendEmailOtp(none, input()))).toMatchObject({
      code: 'unauthorized',
      status: 401,
    });

    const [header, , signature] = emulator.clientToken.split('.');
    const forgedPayload = Buffer.from(JSON.stringify({ sub: 'someone-else' })).toString(
      'base64url',
    );
    const forged = emulator.transport({
      getToken: () => `${header}.${forgedPayload}.${signature}`,
    });
    expect(await failure(sendEmailOtp(forged, input()))).toMatchObject({
      code: 'unauthorized',
      status: 401,
    });

    const broken = emulator.transport({
      getToken: () => Promise.reject(new Error('session expired')),
    });
    expect((await failure(sendEmailOtp(broken, input()))).code).toBe('unauthorized');
  });

  it('sends the Bearer and the host headers, and works through a trailing slash', async () => {
    const seen: Headers[] = [];
    const transport = emulator.transport({
      baseUrl: `${emulator.baseUrl}/`,
      headers: { 'x-csrf': 'abc' },
      fetch: (request, init) => {
        seen.push(new Headers(init?.headers));
        return fetch(request, init);
      },
    });
    await sendEmailOtp(transport, input());
    expect(seen[0]?.get('authorization')).toBe(`Bearer ${emulator.clientToken}`);
    expect(seen[0]?.get('x-csrf')).toBe('abc');
  });
});

describe('answers that are not what the contract says', () => {
  // The server here is a custom fetch on purpose: these test the client's checks, not a server.
  const answering = (body: string, status = 200, headers: Record<string, string> = {}) =>
    createTransport({
      baseUrl: 'http://verifik.test/v2/access',
      fetch: () => Promise.resolve(new Response(body, { status, headers })),
    });

  it('rejects a success whose data has the wrong shape as schema', async () => {
    const transport = answering(JSON.stringify({ success: true, data: { validation_id: 5 } }));
    const error = await failure(sendEmailOtp(transport, input()));
    expect(error.code).toBe('schema');
  });

  it('rejects a 200 that is not JSON as schema', async () => {
    const error = await failure(sendEmailOtp(answering('<html>proxy login</html>'), input()));
    expect(error).toMatchObject({ code: 'schema', status: 200 });
  });

  it('maps a non-JSON error page by its status', async () => {
    const error = await failure(sendEmailOtp(answering('Bad gateway', 502), input()));
    expect(error).toMatchObject({ code: 'server', status: 502, serverCode: undefined });
    expect(error.retryable).toBe(true);
  });

  it('takes a 2xx that carries success: false as the error it reports', async () => {
    const body = JSON.stringify({
      success: false,
      error: 'Invalid OTP code',
      code: 'INVALID_OTP',
      details: { attempts_remaining: 2 },
    });
    const error = await failure(sendEmailOtp(answering(body), input()));
    expect(error).toMatchObject({ code: 'otp_invalid', attemptsRemaining: 2 });
  });

  it('waits the longer of Retry-After and details.retry_after', async () => {
    const body = JSON.stringify({
      success: false,
      error: 'Slow down',
      code: 'RATE_LIMITED',
      details: { retry_after: 12 },
    });
    const error = await failure(
      sendEmailOtp(answering(body, 429, { 'retry-after': '40' }), input()),
    );
    expect(error).toMatchObject({ code: 'rate_limited', retryAfter: 40 });
  });
});

describe('parseRetryAfter', () => {
  it('reads seconds and HTTP dates, and ignores nonsense', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(parseRetryAfter('30', now)).toBe(30);
    expect(parseRetryAfter('Thu, 01 Jan 2026 00:00:45 GMT', now)).toBe(45);
    expect(parseRetryAfter('Wed, 31 Dec 2025 23:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });
});

describe('server codes', () => {
  it('maps every code the emulator answers with to a widget code', () => {
    const mapped = {
      INVALID_OTP: 'otp_invalid',
      MAX_ATTEMPTS_EXCEEDED: 'otp_locked',
      OTP_EXPIRED: 'otp_expired',
      OTP_ALREADY_USED: 'otp_already_used',
      VALIDATION_ALREADY_USED: 'otp_already_used',
      VALIDATION_NOT_FOUND: 'validation_not_found',
      USER_NOT_FOUND: 'user_not_found',
      PROJECT_NOT_FOUND: 'project_not_found',
      METHOD_NOT_ENABLED: 'method_not_enabled',
      FACE_MISMATCH: 'face_mismatch',
      LIVENESS_FAILED: 'liveness_failed',
      RATE_LIMITED: 'rate_limited',
    } as const;
    for (const [serverCode, code] of Object.entries(mapped)) {
      expect(codeFromServer(serverCode, 400)).toBe(code);
    }
    expect(codeFromServer('DIRECTORY_UNAVAILABLE', 502)).toBe('server');
    expect(codeFromServer('BIOMETRICS_UNAVAILABLE', 501)).toBe('server');
    expect(codeFromServer('SOMETHING_NEW', 401)).toBe('unauthorized');
  });
});
