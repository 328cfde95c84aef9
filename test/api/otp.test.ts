import { createRemoteJWKSet, jwtVerify } from 'jose';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sendEmailOtp, sendPhoneOtp, verifyEmailOtp, verifyPhoneOtp } from '../../src/api/otp';
import { VerifikError } from '../../src/core/errors';
import { startTestEmulator, type TestEmulator } from './support/testEmulator';

let emulator: TestEmulator;

beforeAll(async () => {
  emulator = await startTestEmulator();
});
afterAll(() => emulator.close());
beforeEach(async () => {
  await fetch(`${emulator.url}/__emulator/reset`, { method: 'POST' });
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

describe('email codes', () => {
  it('sends a code and verifies it into an end-user token', async () => {
    const transport = emulator.transport();
    const email = 'ana@example.com';
    const sent = await sendEmailOtp(transport, { email, projectId: emulator.projectId });
    expect(sent.validationId).toMatch(/\S/);
    expect(Date.parse(sent.expiresAt)).toBeGreaterThan(Date.now());
    expect(sent.resendAfter).toBeGreaterThan(0);

    const code = await emulator.latestCode(email);
    const verified = await verifyEmailOtp(transport, {
      email,
      code,
      validationId: sent.validationId,
    });
    expect(verified).toMatchObject({ method: 'email', subject: email, tokenType: 'Bearer' });
    const jwks = createRemoteJWKSet(new URL(`${emulator.url}/.well-known/jwks.json`));
    const { payload } = await jwtVerify(verified.token, jwks, {
      issuer: emulator.url,
      audience: emulator.projectId,
    });
    expect(payload).toMatchObject({ sub: email, method: 'email', project: emulator.projectId });
    expect(payload.exp).toBe(Math.floor(Date.parse(verified.expiresAt) / 1000));
  });

  it('reports a wrong code as otp_invalid with the attempts left', async () => {
    const transport = emulator.transport();
    const email = 'wrong@example.com';
    const sent = await sendEmailOtp(transport, { email, projectId: emulator.projectId });
    const code = await emulator.latestCode(email);
    const error = await failure(
      verifyEmailOtp(transport, {
        email,
        code: emulator.wrongCode(code),
        validationId: sent.validationId,
      }),
    );
    expect(error).toMatchObject({
      code: 'otp_invalid',
      status: 400,
      serverCode: 'INVALID_OTP',
      attemptsRemaining: 4,
    });
    expect(error.retryable).toBe(false);
  });

  it('locks the validation after five wrong codes, even for the right one', async () => {
    const transport = emulator.transport();
    const email = 'locked@example.com';
    const sent = await sendEmailOtp(transport, { email, projectId: emulator.projectId });
    const code = await emulator.latestCode(email);
    const wrong = { email, code: emulator.wrongCode(code), validationId: sent.validationId };
    const remaining: (number | undefined)[] = [];
    for (let attempt = 0; attempt < 5; attempt += 1) {
      remaining.push((await failure(verifyEmailOtp(transport, wrong))).attemptsRemaining);
    }
    expect(remaining).toEqual([4, 3, 2, 1, 0]);
    const locked = await failure(verifyEmailOtp(transport, { ...wrong, code }));
    expect(locked).toMatchObject({ code: 'otp_locked', serverCode: 'MAX_ATTEMPTS_EXCEEDED' });
  });

  it('counts 50 parallel wrong guesses as exactly five tries, the rest locked', async () => {
    const transport = emulator.transport();
    const email = 'crowd@example.com';
    const sent = await sendEmailOtp(transport, { email, projectId: emulator.projectId });
    const code = await emulator.latestCode(email);
    const wrong = { email, code: emulator.wrongCode(code), validationId: sent.validationId };
    const errors = await Promise.all(
      Array.from({ length: 50 }, () => failure(verifyEmailOtp(transport, wrong))),
    );
    const codes = errors.map((error) => error.code);
    expect(codes.filter((code) => code === 'otp_invalid')).toHaveLength(5);
    expect(codes.filter((code) => code === 'otp_locked')).toHaveLength(45);
    const remaining = errors.map((error) => error.attemptsRemaining).filter((left) => left !== 0);
    expect(remaining.sort()).toEqual([1, 2, 3, 4]);
  });

  it('reports an expired code after the emulator clock passes ten minutes', async () => {
    const transport = emulator.transport();
    const email = 'late@example.com';
    const sent = await sendEmailOtp(transport, { email, projectId: emulator.projectId });
    const code = await emulator.latestCode(email);
    await emulator.advanceClock(10 * 60 * 1000 + 1000);
    const error = await failure(
      verifyEmailOtp(transport, { email, code, validationId: sent.validationId }),
    );
    expect(error).toMatchObject({ code: 'otp_expired', serverCode: 'OTP_EXPIRED', status: 410 });
  });

  it('refuses a quick resend with rate_limited and the seconds to wait', async () => {
    const transport = emulator.transport();
    const input = { email: 'quick@example.com', projectId: emulator.projectId };
    const sent = await sendEmailOtp(transport, input);
    const error = await failure(sendEmailOtp(transport, input));
    expect(error).toMatchObject({ code: 'rate_limited', status: 429, serverCode: 'RATE_LIMITED' });
    expect(error.retryAfter).toBeGreaterThan(0);
    expect(error.retryAfter).toBeLessThanOrEqual(sent.resendAfter ?? Number.POSITIVE_INFINITY);
    expect(error.retryable).toBe(true);
  });

  it('says user_not_found when the project directory does not know the address', async () => {
    const response = await fetch(`${emulator.url}/v2/project-flows/${emulator.flowId}`, {
      method: 'PUT',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${emulator.clientToken}`,
      },
      body: JSON.stringify({ security: { source: 'CSV', allowList: ['known@example.com'] } }),
    });
    expect(response.status).toBe(200);
    const transport = emulator.transport();
    const error = await failure(
      sendEmailOtp(transport, { email: 'stranger@example.com', projectId: emulator.projectId }),
    );
    expect(error).toMatchObject({ code: 'user_not_found', status: 404 });
    const sent = await sendEmailOtp(transport, {
      email: 'known@example.com',
      projectId: emulator.projectId,
    });
    expect(sent.validationId).toMatch(/\S/);
  });

  it('turns an unknown project into project_not_found', async () => {
    const error = await failure(
      sendEmailOtp(emulator.transport(), {
        email: 'ana@example.com',
        projectId: 'no-such-project',
      }),
    );
    expect(error.code).toBe('project_not_found');
  });
});

describe('the per-minute send limit', () => {
  it('allows five sends a minute to one address, then rate_limited with a wait', async () => {
    await emulator.close();
    emulator = await startTestEmulator({ resendCooldownSeconds: 0 });
    const transport = emulator.transport();
    const input = { email: 'busy@example.com', projectId: emulator.projectId };
    for (let send = 0; send < 5; send += 1) await sendEmailOtp(transport, input);
    const error = await failure(sendEmailOtp(transport, input));
    expect(error.code).toBe('rate_limited');
    expect(error.retryAfter).toBeGreaterThan(0);
    expect(error.retryAfter).toBeLessThanOrEqual(60);
    expect(error.details?.['retry_after']).toBe(error.retryAfter);
    await emulator.advanceClock(61_000);
    // Parallel sends to a fresh address never pass the limit either.
    const parallel = { email: 'crowd@example.com', projectId: emulator.projectId };
    const outcomes = await Promise.allSettled(
      Array.from({ length: 20 }, () => sendEmailOtp(transport, parallel)),
    );
    expect(outcomes.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(5);
    const refused = outcomes.flatMap((outcome) =>
      outcome.status === 'rejected' && outcome.reason instanceof VerifikError
        ? [outcome.reason.code]
        : [],
    );
    expect(refused).toEqual(Array.from({ length: 15 }, () => 'rate_limited'));
    await expect(sendEmailOtp(transport, input)).resolves.toHaveProperty('validationId');
  });
});

describe('phone codes', () => {
  it.each(['sms', 'whatsapp'] as const)('sends by %s and verifies', async (channel) => {
    const transport = emulator.transport();
    const phone = channel === 'sms' ? '+573001112233' : '+573004445566';
    const sent = await sendPhoneOtp(transport, { phone, channel, projectId: emulator.projectId });
    expect(sent.channel).toBe(channel);
    const [delivered] = await emulator.outbox(phone);
    expect(delivered?.channel).toBe(channel);
    const verified = await verifyPhoneOtp(transport, {
      phone,
      code: delivered?.code ?? '',
      validationId: sent.validationId,
    });
    expect(verified).toMatchObject({ method: 'phone', subject: phone });
  });

  it('rejects a number that is not E.164 before any request is made', async () => {
    let requests = 0;
    const transport = emulator.transport({
      fetch: (input, init) => {
        requests += 1;
        return fetch(input, init);
      },
    });
    const error = await failure(
      sendPhoneOtp(transport, {
        phone: '3001234567',
        channel: 'sms',
        projectId: emulator.projectId,
      }),
    );
    expect(error.code).toBe('invalid_request');
    expect(error.details?.['fields']).toEqual({ phone: 'not an E.164 number' });
    expect(requests).toBe(0);
  });
});
