import { createRemoteJWKSet, decodeProtectedHeader, jwtVerify } from 'jose';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { failure, startHarness, wrongCode, type CallResult, type Harness } from './harness';

let h: Harness;

beforeAll(async () => {
  h = await startHarness({ resendCooldownSeconds: 0 });
});
afterAll(async () => {
  await h.close();
});
beforeEach(async () => {
  await h.call('POST', '/__emulator/reset', undefined, { token: null });
});

const loginError = z.object({ code: z.string(), message: z.string() });
const confirmed = z.object({
  data: z.object({ accessToken: z.string(), tokenType: z.literal('bearer') }),
});

function anonymous(method: string, path: string, body?: unknown): Promise<CallResult> {
  return h.call(method, path, body, { token: null });
}

async function sendAsClient(token: string | null): Promise<CallResult> {
  return h.call(
    'POST',
    '/v2/access/email/send-otp',
    { email: 'ana@example.com', project_id: h.projectId },
    { token },
  );
}

describe('client login by email (page 004)', () => {
  it('sends a code for ?email=, confirms it, and the token opens the Access API', async () => {
    const sent = await anonymous('POST', '/v2/projects/email-login?email=dev%40example.com');
    expect(sent.status).toBe(200);
    expect(sent.json).toMatchObject({
      data: { status: 'sent', email: 'dev@example.com', type: 'login' },
    });
    const code = await h.latestCode('dev@example.com');
    expect(sent.text).not.toContain(code);

    const result = await anonymous('POST', '/v2/projects/email-login/confirm', {
      email: 'dev@example.com',
      otp: code,
    });
    const { accessToken } = confirmed.parse(result.json).data;
    expect(decodeProtectedHeader(accessToken).alg).toBe('HS256');
    expect((await sendAsClient(accessToken)).status).toBe(200);
  });

  it('takes the email in a JSON body too', async () => {
    const sent = await anonymous('POST', '/v2/projects/email-login', { email: 'DEV@example.com' });
    expect(sent.status).toBe(200);
  });

  it('answers an unknown email with {code, message}', async () => {
    const result = await anonymous('POST', '/v2/projects/email-login?email=nobody%40example.com');
    expect(result.status).toBe(404);
    expect(loginError.parse(result.json)).toEqual({ code: 'NotFound', message: 'invalid_email' });
  });

  it('refuses a wrong code with {code: "ERROR", message: "invalid_otp"}', async () => {
    await anonymous('POST', '/v2/projects/email-login?email=dev%40example.com');
    const code = await h.latestCode('dev@example.com');
    const result = await anonymous('POST', '/v2/projects/email-login/confirm', {
      email: 'dev@example.com',
      otp: wrongCode(code),
    });
    expect(result.status).toBe(400);
    expect(loginError.parse(result.json)).toMatchObject({ code: 'ERROR', message: 'invalid_otp' });
  });
});

describe('client login codes follow the same rules', () => {
  it('lock after 5 wrong codes', async () => {
    await anonymous('POST', '/v2/projects/email-login?email=dev%40example.com');
    const code = await h.latestCode('dev@example.com');
    const wrong = { email: 'dev@example.com', otp: wrongCode(code) };
    for (let index = 0; index < 5; index += 1) {
      expect((await anonymous('POST', '/v2/projects/email-login/confirm', wrong)).status).toBe(400);
    }
    const locked = await anonymous('POST', '/v2/projects/email-login/confirm', {
      ...wrong,
      otp: code,
    });
    expect(locked.status).toBe(403);
    expect(loginError.parse(locked.json)).toEqual({
      code: 'ERROR',
      message: 'max_attempts_exceeded',
    });
  });

  it('expire after 10 minutes', async () => {
    await anonymous('POST', '/v2/projects/email-login?email=dev%40example.com');
    const code = await h.latestCode('dev@example.com');
    await h.call('POST', '/__emulator/clock', { advance_ms: 10 * 60_000 }, { token: null });
    const expired = await anonymous('POST', '/v2/projects/email-login/confirm', {
      email: 'dev@example.com',
      otp: code,
    });
    expect(expired.status).toBe(412);
    expect(loginError.parse(expired.json)).toEqual({ code: 'ERROR', message: 'otp_expired' });
  });

  it('are limited to 5 sends a minute, with Retry-After', async () => {
    for (let index = 0; index < 5; index += 1) {
      expect(
        (await anonymous('POST', '/v2/projects/email-login?email=dev%40example.com')).status,
      ).toBe(200);
    }
    const limited = await anonymous('POST', '/v2/projects/email-login?email=dev%40example.com');
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('Retry-After'))).toBeGreaterThan(0);
    expect(loginError.parse(limited.json).code).toBe('TooManyRequests');
  });

  it('cannot be confirmed without a send', async () => {
    const result = await anonymous('POST', '/v2/projects/email-login/confirm', {
      email: 'dev@example.com',
      otp: '123456',
    });
    expect(result.status).toBe(404);
  });
});

describe('client login by phone (pages 002-003)', () => {
  it('sends by WhatsApp to a numeric phone and confirms', async () => {
    const sent = await anonymous('POST', '/v2/projects/phone-login', {
      countryCode: '+57',
      phone: 3001234567,
      type: 'login',
    });
    expect(sent.status).toBe(200);
    expect(sent.json).toMatchObject({
      data: { status: 'sent', phoneGateway: 'whatsapp', countryCode: '+57' },
    });
    const code = await h.latestCode('+573001234567');
    const result = await anonymous('POST', '/v2/projects/phone-login/confirm', {
      countryCode: '+57',
      phone: '3001234567',
      otp: code,
    });
    const { accessToken } = confirmed.parse(result.json).data;
    expect((await sendAsClient(accessToken)).status).toBe(200);
  });

  it('answers an unknown phone with NotFound', async () => {
    const result = await anonymous('POST', '/v2/projects/phone-login', {
      countryCode: '+1',
      phone: 5550100,
    });
    expect(result.status).toBe(404);
    expect(loginError.parse(result.json)).toEqual({ code: 'NotFound', message: 'invalid_phone' });
  });

  it('answers bad bodies with 400 and the bad fields', async () => {
    const result = await anonymous('POST', '/v2/projects/phone-login', {
      countryCode: 57,
      phone: 'abc',
    });
    expect(result.status).toBe(400);
    expect(result.json).toMatchObject({
      code: 'BadRequest',
      details: { fields: { countryCode: expect.any(String), phone: expect.any(String) } },
    });
  });
});

describe('the Bearer on /v2/access/*', () => {
  it('is required', async () => {
    const error = failure(await sendAsClient(null));
    expect(error).toMatchObject({ status: 401, code: 'UNAUTHORIZED' });
  });

  it('must be signed by this emulator', async () => {
    const other = await startHarness();
    try {
      expect((await sendAsClient(other.token)).status).toBe(401);
    } finally {
      await other.close();
    }
    const [header, payload] = h.token.split('.');
    expect((await sendAsClient(`${header}.${payload}.${'A'.repeat(43)}`)).status).toBe(401);
    expect((await sendAsClient('not-a-jwt')).status).toBe(401);
  });

  it('expires after 30 days', async () => {
    expect((await sendAsClient(h.token)).status).toBe(200);
    await h.call(
      'POST',
      '/__emulator/clock',
      { advance_ms: 30 * 24 * 3600 * 1000 },
      { token: null },
    );
    expect(failure(await sendAsClient(h.token))).toMatchObject({
      status: 401,
      code: 'UNAUTHORIZED',
    });
  });

  it('is an HS256 client token that the public JWKS does not verify', async () => {
    const jwks = createRemoteJWKSet(new URL(`${h.url}/.well-known/jwks.json`));
    await expect(jwtVerify(h.token, jwks)).rejects.toThrow();
  });

  it('is refused where an end-user token is presented instead', async () => {
    await sendAsClient(h.token);
    const code = await h.latestCode('ana@example.com');
    const outbox = await anonymous('GET', '/__emulator/outbox?to=ana%40example.com');
    const validationId = z
      .object({ data: z.array(z.object({ validation_id: z.string() })) })
      .parse(outbox.json).data[0]?.validation_id;
    const verified = await h.call('POST', '/v2/access/email/verify-otp', {
      email: 'ana@example.com',
      otp: code,
      validation_id: validationId,
    });
    const endUserToken = z.object({ data: z.object({ token: z.string() }) }).parse(verified.json)
      .data.token;
    expect((await sendAsClient(endUserToken)).status).toBe(401);
  });
});
