import { createRemoteJWKSet, decodeProtectedHeader, jwtVerify } from 'jose';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  failure,
  sendData,
  startHarness,
  success,
  verifyData,
  wrongCode,
  type Harness,
} from './harness';

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

async function sendEmail(email: string) {
  return success(
    await h.call('POST', '/v2/access/email/send-otp', { email, project_id: h.projectId }),
    sendData,
  );
}

describe('email codes', () => {
  it('sends a 6-digit code to the outbox and never returns it', async () => {
    const result = await h.call('POST', '/v2/access/email/send-otp', {
      email: 'Ana@Example.com',
      project_id: h.projectId,
    });
    const data = success(result, sendData);
    const code = await h.latestCode('ana@example.com');
    expect(code).toMatch(/^\d{6}$/);
    expect(result.text).not.toContain(code);
    expect(data.status).toBe('pending');
    expect(Date.parse(data.expires_at) - Date.now()).toBeGreaterThan(9 * 60_000);
    expect(Date.parse(data.expires_at) - Date.now()).toBeLessThanOrEqual(10 * 60_000);
  });

  it('verifies once and returns a token that checks against the JWKS', async () => {
    const sent = await sendEmail('ana@example.com');
    const code = await h.latestCode('ana@example.com');
    const verified = await h.call('POST', '/v2/access/email/verify-otp', {
      email: 'ana@example.com',
      otp: code,
      validation_id: sent.validation_id,
    });
    const data = success(verified, verifyData);
    expect(data).toMatchObject({
      method: 'email',
      subject: 'ana@example.com',
      validation_id: sent.validation_id,
    });
    expect(verified.text).not.toContain(`"${code}"`);

    const jwks = createRemoteJWKSet(new URL(`${h.url}/.well-known/jwks.json`));
    const { payload, protectedHeader } = await jwtVerify(data.token, jwks, {
      issuer: h.url,
      audience: h.projectId,
      algorithms: ['ES256'],
    });
    expect(protectedHeader.kid).toEqual(expect.any(String));
    expect(payload).toMatchObject({
      sub: 'ana@example.com',
      project: h.projectId,
      method: 'email',
    });
    expect(payload.exp).toBe(Math.floor(Date.parse(data.expires_at) / 1000));

    const again = failure(
      await h.call('POST', '/v2/access/email/verify-otp', {
        email: 'ana@example.com',
        otp: code,
        validation_id: sent.validation_id,
      }),
    );
    expect(again).toMatchObject({ status: 409, code: 'OTP_ALREADY_USED' });
  });

  it('counts wrong tries down, then locks the validation even for the right code', async () => {
    const sent = await sendEmail('bob@example.com');
    const code = await h.latestCode('bob@example.com');
    const body = {
      email: 'bob@example.com',
      otp: wrongCode(code),
      validation_id: sent.validation_id,
    };
    const remaining: unknown[] = [];
    for (let index = 0; index < 5; index += 1) {
      const error = failure(await h.call('POST', '/v2/access/email/verify-otp', body));
      expect(error).toMatchObject({ status: 400, code: 'INVALID_OTP' });
      remaining.push(error.details?.['attempts_remaining']);
    }
    expect(remaining).toEqual([4, 3, 2, 1, 0]);
    const locked = failure(
      await h.call('POST', '/v2/access/email/verify-otp', { ...body, otp: code }),
    );
    expect(locked).toMatchObject({ status: 403, code: 'MAX_ATTEMPTS_EXCEEDED' });
  });

  // Over HTTP the requests rarely overlap inside the HMAC await; otp-store.test.ts starts the
  // checks in one tick, where a late attempt count does fail.
  it('counts exactly 5 of 50 parallel wrong guesses', async () => {
    const sent = await sendEmail('carol@example.com');
    const code = await h.latestCode('carol@example.com');
    const body = {
      email: 'carol@example.com',
      otp: wrongCode(code),
      validation_id: sent.validation_id,
    };
    const results = await Promise.all(
      Array.from({ length: 50 }, () => h.call('POST', '/v2/access/email/verify-otp', body)),
    );
    const errors = results.map(failure);
    const invalid = errors.filter((error) => error.code === 'INVALID_OTP');
    const locked = errors.filter((error) => error.code === 'MAX_ATTEMPTS_EXCEEDED');
    expect(invalid).toHaveLength(5);
    expect(locked).toHaveLength(45);
    expect(invalid.map((error) => error.details?.['attempts_remaining']).sort()).toEqual([
      0, 1, 2, 3, 4,
    ]);
    const right = failure(
      await h.call('POST', '/v2/access/email/verify-otp', { ...body, otp: code }),
    );
    expect(right.code).toBe('MAX_ATTEMPTS_EXCEEDED');
  });

  it('lets only one of many parallel right answers through', async () => {
    const sent = await sendEmail('dan@example.com');
    const code = await h.latestCode('dan@example.com');
    const body = { email: 'dan@example.com', otp: code, validation_id: sent.validation_id };
    const results = await Promise.all(
      Array.from({ length: 10 }, () => h.call('POST', '/v2/access/email/verify-otp', body)),
    );
    expect(results.filter((result) => result.status === 200)).toHaveLength(1);
    // In-flight tries hold attempt slots, so late ones may see the lock instead of the use.
    const others = results.filter((result) => result.status !== 200).map(failure);
    expect(others).toHaveLength(9);
    for (const error of others)
      expect(['OTP_ALREADY_USED', 'MAX_ATTEMPTS_EXCEEDED']).toContain(error.code);
  });

  it('expires codes after 10 minutes of emulator time', async () => {
    const sent = await sendEmail('eve@example.com');
    const code = await h.latestCode('eve@example.com');
    const advanced = await h.call(
      'POST',
      '/__emulator/clock',
      { advance_ms: 10 * 60_000 },
      { token: null },
    );
    expect(advanced.status).toBe(200);
    const expired = failure(
      await h.call('POST', '/v2/access/email/verify-otp', {
        email: 'eve@example.com',
        otp: code,
        validation_id: sent.validation_id,
      }),
    );
    expect(expired).toMatchObject({ status: 410, code: 'OTP_EXPIRED' });
  });

  it('still accepts a code just before it expires', async () => {
    const sent = await sendEmail('fay@example.com');
    const code = await h.latestCode('fay@example.com');
    await h.call('POST', '/__emulator/clock', { advance_ms: 9 * 60_000 }, { token: null });
    const ok = await h.call('POST', '/v2/access/email/verify-otp', {
      email: 'fay@example.com',
      otp: code,
      validation_id: sent.validation_id,
    });
    expect(ok.status).toBe(200);
  });

  it('invalidates the earlier pending code when a new one is sent', async () => {
    const first = await sendEmail('gus@example.com');
    const firstCode = await h.latestCode('gus@example.com');
    const second = await sendEmail('gus@example.com');
    const secondCode = await h.latestCode('gus@example.com');
    const old = failure(
      await h.call('POST', '/v2/access/email/verify-otp', {
        email: 'gus@example.com',
        otp: firstCode,
        validation_id: first.validation_id,
      }),
    );
    expect(old).toMatchObject({
      status: 410,
      code: 'OTP_EXPIRED',
      details: { reason: 'superseded' },
    });
    const fresh = await h.call('POST', '/v2/access/email/verify-otp', {
      email: 'gus@example.com',
      otp: secondCode,
      validation_id: second.validation_id,
    });
    expect(fresh.status).toBe(200);
  });

  it('does not verify a validation against another address', async () => {
    const sent = await sendEmail('hal@example.com');
    const code = await h.latestCode('hal@example.com');
    const error = failure(
      await h.call('POST', '/v2/access/email/verify-otp', {
        email: 'mallory@example.com',
        otp: code,
        validation_id: sent.validation_id,
      }),
    );
    expect(error).toMatchObject({ status: 404, code: 'VALIDATION_NOT_FOUND' });
    const unknown = failure(
      await h.call('POST', '/v2/access/email/verify-otp', {
        email: 'hal@example.com',
        otp: code,
        validation_id: 'val_000000000000000000000000',
      }),
    );
    expect(unknown).toMatchObject({ status: 404, code: 'VALIDATION_NOT_FOUND' });
  });

  it('answers an unknown project with PROJECT_NOT_FOUND', async () => {
    const error = failure(
      await h.call('POST', '/v2/access/email/send-otp', {
        email: 'ivy@example.com',
        project_id: 'nope',
      }),
    );
    expect(error).toMatchObject({ status: 404, code: 'PROJECT_NOT_FOUND' });
  });
});

describe('phone codes', () => {
  it('sends by SMS and WhatsApp, verifies with method phone', async () => {
    for (const [path, channel] of [
      ['/v2/access/phone/send-sms', 'sms'],
      ['/v2/access/phone/send-whatsapp', 'whatsapp'],
    ] as const) {
      await h.call('POST', '/__emulator/reset', undefined, { token: null });
      const sent = success(
        await h.call('POST', path, { phone: '+573001112233', project_id: h.projectId }),
        sendData,
      );
      expect(sent.channel).toBe(channel);
      const outbox = await h.call('GET', '/__emulator/outbox?to=%2B573001112233', undefined, {
        token: null,
      });
      // A bare `+` decodes as a space in a query string; the outbox still finds the number.
      const bare = await h.call('GET', '/__emulator/outbox?to=+573001112233', undefined, {
        token: null,
      });
      expect(bare.json).toEqual(outbox.json);
      expect(outbox.json).toMatchObject({ data: [{ channel, to: '+573001112233' }] });
      const code = await h.latestCode('+573001112233');
      const verified = success(
        await h.call('POST', '/v2/access/phone/verify-otp', {
          phone: '+573001112233',
          otp: code,
          validation_id: sent.validation_id,
        }),
        verifyData,
      );
      expect(verified).toMatchObject({ method: 'phone', subject: '+573001112233' });
      const jwks = createRemoteJWKSet(new URL(`${h.url}/.well-known/jwks.json`));
      const { payload } = await jwtVerify(verified.token, jwks, { audience: h.projectId });
      expect(payload).toMatchObject({
        method: 'phone',
        sub: '+573001112233',
        project: h.projectId,
      });
      expect(decodeProtectedHeader(verified.token).alg).toBe('ES256');
    }
  });

  it('does not take an email validation on the phone route', async () => {
    const sent = await sendEmail('jo@example.com');
    const code = await h.latestCode('jo@example.com');
    const error = failure(
      await h.call('POST', '/v2/access/phone/verify-otp', {
        phone: '+573001112233',
        otp: code,
        validation_id: sent.validation_id,
      }),
    );
    expect(error.code).toBe('VALIDATION_NOT_FOUND');
  });

  it('refuses numbers that are not E.164', async () => {
    for (const phone of ['3001112233', '+0123456789', '+57 300 111 2233', '+1234', 'phone']) {
      const error = failure(
        await h.call('POST', '/v2/access/phone/send-sms', { phone, project_id: h.projectId }),
      );
      expect(error).toMatchObject({
        status: 400,
        code: 'INVALID_REQUEST',
        details: { fields: { phone: expect.any(String) } },
      });
    }
  });
});
