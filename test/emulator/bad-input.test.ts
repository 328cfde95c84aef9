import fc from 'fast-check';
import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { failure, startHarness, type CallResult, type Harness } from './harness';

let h: Harness;
const unhandled = vi.spyOn(console, 'error');

beforeAll(async () => {
  h = await startHarness({ maxBodyBytes: 64 * 1024 });
});
afterAll(async () => {
  await h.close();
  unhandled.mockRestore();
});

/** Every OTP, client-login, setup and control route, with the field names its body uses. */
const routes: { method: string; path: string; fields: string[] }[] = [
  { method: 'POST', path: '/v2/access/email/send-otp', fields: ['email', 'project_id'] },
  {
    method: 'POST',
    path: '/v2/access/email/verify-otp',
    fields: ['email', 'otp', 'validation_id'],
  },
  { method: 'POST', path: '/v2/access/phone/send-sms', fields: ['phone', 'project_id'] },
  { method: 'POST', path: '/v2/access/phone/send-whatsapp', fields: ['phone', 'project_id'] },
  {
    method: 'POST',
    path: '/v2/access/phone/verify-otp',
    fields: ['phone', 'otp', 'validation_id'],
  },
  { method: 'POST', path: '/v2/projects/email-login', fields: ['email'] },
  { method: 'POST', path: '/v2/projects/email-login/confirm', fields: ['email', 'otp'] },
  { method: 'POST', path: '/v2/projects/phone-login', fields: ['countryCode', 'phone', 'type'] },
  {
    method: 'POST',
    path: '/v2/projects/phone-login/confirm',
    fields: ['countryCode', 'phone', 'otp'],
  },
  {
    method: 'POST',
    path: '/v2/projects',
    fields: ['name', 'branding', 'defaultLanguage', 'allowedCountries'],
  },
  {
    method: 'POST',
    path: '/v2/project-flows',
    fields: ['project', 'type', 'loginSettings', 'branding', 'webhook', 'security'],
  },
  {
    method: 'PUT',
    path: '/v2/project-flows/demo-login-flow',
    fields: ['loginSettings', 'branding', 'webhook', 'security'],
  },
  { method: 'GET', path: '/v2/projects', fields: [] },
  { method: 'GET', path: '/v2/projects/demo-project', fields: [] },
  { method: 'GET', path: '/v2/project-flows/demo-login-flow', fields: [] },
  { method: 'GET', path: '/.well-known/jwks.json', fields: [] },
  { method: 'GET', path: '/__emulator/outbox', fields: [] },
  { method: 'POST', path: '/__emulator/clock', fields: ['advance_ms'] },
];

/** Plausible values for the fields the routes read, so some inputs get past the first checks. */
const plausible = fc.oneof(
  fc.constantFrom(
    'dev@example.com',
    'ana@example.com',
    '+573001234567',
    '+57',
    '123456',
    'demo-project',
    'demo-login-flow',
    'login',
    'CSV',
    'API',
    'NONE',
    'http://127.0.0.1:9/x',
    '',
    ' ',
    '\u0000',
    'a'.repeat(3000),
  ),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.jsonValue({ maxDepth: 3 }),
);

function bodyFor(fields: string[]) {
  const shaped =
    fields.length === 0
      ? fc.constant({})
      : fc.dictionary(fc.constantFrom(...fields), plausible, { maxKeys: fields.length });
  return fc.oneof(
    shaped.map((value) => JSON.stringify(value)),
    fc.jsonValue({ maxDepth: 4 }).map((value) => JSON.stringify(value)),
    fc.string({ maxLength: 200 }),
    fc.string({ unit: 'binary', maxLength: 100 }),
    fc.constantFrom('', '{', '[', 'null', '"', '{"email":', '\ufeff{}', '{"__proto__":{"x":1}}'),
  );
}

function expectHandled(result: CallResult): void {
  expect(result.status, result.text).toBeLessThan(500);
  expect(result.json).toEqual(expect.any(Object));
}

describe('random input never produces a 5xx', () => {
  for (const route of routes) {
    it(`${route.method} ${route.path}`, async () => {
      await fc.assert(
        fc.asyncProperty(
          bodyFor(route.fields),
          fc.constantFrom('valid', 'none', 'junk'),
          fc.option(fc.string({ maxLength: 40 }), { nil: undefined }),
          async (rawBody, auth, query) => {
            const token = auth === 'valid' ? h.token : auth === 'none' ? null : 'x.y.z';
            const path =
              query === undefined
                ? route.path
                : `${route.path}?email=${encodeURIComponent(query)}&to=${encodeURIComponent(query)}`;
            const result = await h.call(route.method, path, undefined, {
              token,
              ...(route.method === 'GET' ? {} : { rawBody }),
            });
            expectHandled(result);
          },
        ),
        { numRuns: 40 },
      );
    });
  }

  it('unknown paths answer 404 JSON', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.webPath(),
        fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'PATCH'),
        async (path, method) => {
          const result = await h.call(method, `/zz${path}`, undefined, {
            rawBody: method === 'GET' ? undefined : '{}',
          });
          expect(failure(result)).toMatchObject({ status: 404, code: 'NOT_FOUND' });
        },
      ),
      { numRuns: 40 },
    );
  });

  it('never reached the last-resort error handler', () => {
    expect(unhandled).not.toHaveBeenCalled();
  });
});

describe('specific bad input', () => {
  const send = '/v2/access/email/send-otp';

  it('malformed JSON and empty bodies name the body', async () => {
    for (const rawBody of ['{', '', 'not json']) {
      expect(failure(await h.call('POST', send, undefined, { rawBody }))).toMatchObject({
        status: 400,
        code: 'INVALID_REQUEST',
        details: { fields: { body: expect.any(String) } },
      });
    }
  });

  it('wrong types and missing fields name each field', async () => {
    const error = failure(await h.call('POST', send, { email: 42 }));
    expect(error.details).toEqual({
      fields: { email: expect.any(String), project_id: expect.any(String) },
    });
    const badEmail = failure(
      await h.call('POST', send, { email: 'not-an-email', project_id: h.projectId }),
    );
    expect(badEmail.details).toEqual({ fields: { email: 'must be an email address' } });
  });

  it('a declared oversized body is refused with 413 before it is read', async () => {
    const big = JSON.stringify({ email: 'a@b.co', project_id: 'x'.repeat(70 * 1024) });
    expect(failure(await h.call('POST', send, undefined, { rawBody: big }))).toMatchObject({
      status: 413,
      code: 'PAYLOAD_TOO_LARGE',
    });
  });

  it('a streamed oversized body (chunked, no Content-Length) is refused with 413', async () => {
    const chunk = 'x'.repeat(16 * 1024);
    const { status, body } = await new Promise<{ status: number; body: string }>(
      (resolve, reject) => {
        const request = httpRequest(
          h.url + send,
          {
            method: 'POST',
            headers: { Authorization: `Bearer ${h.token}`, 'Content-Type': 'application/json' },
          },
          (response) => {
            let text = '';
            response.setEncoding('utf8');
            response.on('data', (part: string) => (text += part));
            response.on('end', () => resolve({ status: response.statusCode ?? 0, body: text }));
          },
        );
        request.on('error', reject);
        for (let index = 0; index < 8; index += 1) request.write(chunk);
        request.end();
      },
    );
    expect(status).toBe(413);
    expect(JSON.parse(body)).toMatchObject({ code: 'PAYLOAD_TOO_LARGE' });
  });

  it('CORS allows localhost origins and refuses others', async () => {
    const preflight = (origin: string) =>
      fetch(h.url + send, {
        method: 'OPTIONS',
        headers: {
          Origin: origin,
          'Access-Control-Request-Method': 'POST',
          'Access-Control-Request-Headers': 'authorization,content-type',
        },
      });
    const local = await preflight('http://localhost:5173');
    expect(local.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    expect(local.headers.get('access-control-allow-headers')?.toLowerCase()).toContain(
      'authorization',
    );
    const foreign = await preflight('https://evil.example');
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull();
    const limited = await h.call(
      'POST',
      send,
      { email: 'x@y.co', project_id: 'demo-project' },
      {
        headers: { Origin: 'http://localhost:5173' },
      },
    );
    expect(limited.headers.get('access-control-expose-headers')).toContain('Retry-After');
  });
});

describe('configured CORS origins', () => {
  it('allows exactly the listed origins', async () => {
    const other = await startHarness({ corsOrigins: ['https://shop.example'] });
    try {
      const allowed = await other.call('GET', '/.well-known/jwks.json', undefined, {
        headers: { Origin: 'https://shop.example' },
      });
      expect(allowed.headers.get('access-control-allow-origin')).toBe('https://shop.example');
      const local = await other.call('GET', '/.well-known/jwks.json', undefined, {
        headers: { Origin: 'http://localhost:5173' },
      });
      expect(local.headers.get('access-control-allow-origin')).toBeNull();
    } finally {
      await other.close();
    }
  });
});
