import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { startReceiver, type Receiver } from './receiver';
import { failure, sendData, startHarness, success, type Harness } from './harness';

let noCooldown: Harness;
let withCooldown: Harness;
let slowDirectory: Receiver;

beforeAll(async () => {
  noCooldown = await startHarness({ resendCooldownSeconds: 0 });
  withCooldown = await startHarness();
  // A directory that answers slowly keeps every parallel send in flight at once.
  slowDirectory = await startReceiver(
    () => new Promise((resolve) => setTimeout(() => resolve(200), 40)),
  );
});
afterAll(async () => {
  await Promise.all([noCooldown.close(), withCooldown.close(), slowDirectory.close()]);
});
beforeEach(async () => {
  for (const h of [noCooldown, withCooldown]) {
    await h.call('POST', '/__emulator/reset', undefined, { token: null });
  }
});

function sendEmail(h: Harness, email: string, projectId = h.projectId) {
  return h.call('POST', '/v2/access/email/send-otp', { email, project_id: projectId });
}

function expectRateLimited(result: Awaited<ReturnType<Harness['call']>>): number {
  const error = failure(result);
  expect(error).toMatchObject({ status: 429, code: 'RATE_LIMITED' });
  const retryAfter = z.number().int().positive().parse(error.details?.['retry_after']);
  expect(result.headers.get('Retry-After')).toBe(String(retryAfter));
  return retryAfter;
}

describe('resend cooldown', () => {
  it('refuses a second send to the same address for 30 seconds', async () => {
    const first = success(await sendEmail(withCooldown, 'ana@example.com'), sendData);
    expect(first.resend_after).toBe(30);
    expect(expectRateLimited(await sendEmail(withCooldown, 'ana@example.com'))).toBe(30);
    expect((await sendEmail(withCooldown, 'bob@example.com')).status).toBe(200);
    // Wall time also moves between calls, so leave a second of slack either way.
    await withCooldown.call('POST', '/__emulator/clock', { advance_ms: 28_000 }, { token: null });
    expect([1, 2]).toContain(expectRateLimited(await sendEmail(withCooldown, 'ana@example.com')));
    await withCooldown.call('POST', '/__emulator/clock', { advance_ms: 2_000 }, { token: null });
    expect((await sendEmail(withCooldown, 'ana@example.com')).status).toBe(200);
  });
});

describe('per-address limits', () => {
  it('allows 5 email sends a minute per address', async () => {
    for (let index = 0; index < 5; index += 1) {
      expect((await sendEmail(noCooldown, 'ana@example.com')).status).toBe(200);
    }
    const retryAfter = expectRateLimited(await sendEmail(noCooldown, 'ana@example.com'));
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect((await sendEmail(noCooldown, 'bob@example.com')).status).toBe(200);
    await noCooldown.call('POST', '/__emulator/clock', { advance_ms: 60_000 }, { token: null });
    expect((await sendEmail(noCooldown, 'ana@example.com')).status).toBe(200);
  });

  it('tells the widget when the limit, not the cooldown, is the next wait', async () => {
    for (let index = 0; index < 4; index += 1) await sendEmail(noCooldown, 'cy@example.com');
    const fifth = success(await sendEmail(noCooldown, 'cy@example.com'), sendData);
    expect(fifth.resend_after).toBeGreaterThan(0);
    expect(fifth.resend_after).toBeLessThanOrEqual(60);
  });

  it('allows 3 phone sends a minute per number, SMS and WhatsApp together', async () => {
    const body = { phone: '+573001112233', project_id: noCooldown.projectId };
    expect((await noCooldown.call('POST', '/v2/access/phone/send-sms', body)).status).toBe(200);
    expect((await noCooldown.call('POST', '/v2/access/phone/send-whatsapp', body)).status).toBe(
      200,
    );
    expect((await noCooldown.call('POST', '/v2/access/phone/send-sms', body)).status).toBe(200);
    expectRateLimited(await noCooldown.call('POST', '/v2/access/phone/send-whatsapp', body));
  });

  it('never lets parallel sends past the limit', async () => {
    const results = await Promise.all(
      Array.from({ length: 30 }, () => sendEmail(noCooldown, 'dee@example.com')),
    );
    expect(results.filter((result) => result.status === 200)).toHaveLength(5);
    for (const result of results.filter((r) => r.status !== 200)) expectRateLimited(result);
  });

  it('never lets parallel sends past the limit while the directory answers slowly', async () => {
    const project = success(
      await noCooldown.call('POST', '/v2/projects', { name: 'Slow directory' }),
      z.object({ id: z.string() }),
    );
    const flow = await noCooldown.call('POST', '/v2/project-flows', {
      project: project.id,
      type: 'login',
      security: { source: 'API', lookupUrl: slowDirectory.url },
    });
    expect(flow.status).toBe(201);
    const before = slowDirectory.requests.length;
    const results = await Promise.all(
      Array.from({ length: 30 }, () => sendEmail(noCooldown, 'eli@example.com', project.id)),
    );
    expect(results.filter((result) => result.status === 200)).toHaveLength(5);
    expect(results.filter((result) => result.status === 429)).toHaveLength(25);
    // Refused sends never reach the directory.
    expect(slowDirectory.requests.length - before).toBe(5);
  });
});
