import { createHmac, timingSafeEqual } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { startReceiver, type ReceivedRequest, type Receiver } from './receiver';
import { sendData, startHarness, success, wrongCode, type Harness } from './harness';

const SECRET = 'whsec_test_secret_0123456789';

let h: Harness;
let receiver: Receiver;
/** What the receiver answers next; a queue so a test can fail the first tries. */
let answers: number[] = [];
let gate: Promise<void> = Promise.resolve();
let release: () => void = () => undefined;

const eventSchema = z.object({
  id: z.string().regex(/^evt_/),
  type: z.enum(['otp.sent', 'otp.verified', 'otp.failed', 'otp.locked', 'otp.expired']),
  created_at: z.iso.datetime(),
  data: z.object({
    validation_id: z.string(),
    project_id: z.string(),
    flow_id: z.string(),
    method: z.enum(['email', 'phone']),
    channel: z.enum(['email', 'sms', 'whatsapp']),
    identifier: z.string(),
    attempts_remaining: z.number().optional(),
  }),
});

/** The host's side: recompute the HMAC over `t.rawBody` and compare in constant time. */
function verifySignature(request: ReceivedRequest): boolean {
  const header = request.headers['verifik-signature'];
  if (typeof header !== 'string') return false;
  const match = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(header);
  if (!match?.[1] || !match[2]) return false;
  const expected = createHmac('sha256', SECRET).update(`${match[1]}.${request.body}`).digest();
  const given = Buffer.from(match[2], 'hex');
  const fresh = Math.abs(Date.now() / 1000 - Number(match[1])) < 300;
  return fresh && timingSafeEqual(expected, given);
}

function events(): z.infer<typeof eventSchema>[] {
  return receiver.requests.map((request) => eventSchema.parse(JSON.parse(request.body)));
}

let projectId: string;

beforeAll(async () => {
  receiver = await startReceiver(async () => {
    await gate;
    return answers.shift() ?? 204;
  });
  h = await startHarness({
    resendCooldownSeconds: 0,
    webhookRetry: { attempts: 4, baseDelayMs: 10 },
  });
  projectId = success(
    await h.call('POST', '/v2/projects', { name: 'Hooks' }),
    z.object({ id: z.string() }),
  ).id;
  const flow = await h.call('POST', '/v2/project-flows', {
    project: projectId,
    type: 'login',
    webhook: { url: `${receiver.url}/hooks`, secret: SECRET },
  });
  expect(flow.status).toBe(201);
});
afterAll(async () => {
  await Promise.all([h.close(), receiver.close()]);
});
afterEach(async () => {
  release();
  await h.server.emulator.webhooks.idle();
  receiver.requests.length = 0;
  answers = [];
  gate = Promise.resolve();
});

const deliverySchema = z.object({
  type: z.string(),
  attempts: z.number(),
  state: z.enum(['pending', 'delivered', 'failed']),
  last_result: z.union([z.number(), z.literal('network'), z.null()]),
});

/** The newest entry of `GET /__emulator/webhooks`. */
async function newestDelivery(harness: Harness) {
  const log = await harness.call('GET', '/__emulator/webhooks', undefined, { token: null });
  return z.object({ data: z.array(deliverySchema) }).parse(log.json).data[0];
}

async function send(email: string) {
  return success(
    await h.call('POST', '/v2/access/email/send-otp', { email, project_id: projectId }),
    sendData,
  );
}

function verify(email: string, otp: string, validationId: string) {
  return h.call('POST', '/v2/access/email/verify-otp', { email, otp, validation_id: validationId });
}

describe('webhooks', () => {
  it('posts otp.sent and otp.verified, signed, without the code', async () => {
    const sent = await send('ana@example.com');
    const code = await h.latestCode('ana@example.com');
    expect((await verify('ana@example.com', code, sent.validation_id)).status).toBe(200);
    await h.server.emulator.webhooks.idle();

    expect(receiver.requests.map((request) => request.url)).toEqual(['/hooks', '/hooks']);
    for (const request of receiver.requests) {
      expect(request.method).toBe('POST');
      expect(request.headers['content-type']).toBe('application/json');
      expect(verifySignature(request)).toBe(true);
      expect(request.body).not.toContain(code);
    }
    const received = events();
    expect(received.map((event) => event.type)).toEqual(['otp.sent', 'otp.verified']);
    expect(received[0]?.data).toEqual({
      validation_id: sent.validation_id,
      project_id: projectId,
      flow_id: expect.any(String),
      method: 'email',
      channel: 'email',
      identifier: 'ana@example.com',
    });
    expect(new Set(received.map((event) => event.id)).size).toBe(2);
  });

  it('a signature made with another secret or over another body does not verify', async () => {
    await send('bob@example.com');
    await h.server.emulator.webhooks.idle();
    const [request] = receiver.requests;
    if (!request) throw new Error('no webhook received');
    expect(verifySignature({ ...request, body: request.body.replace('bob', 'eve') })).toBe(false);
    const header = String(request.headers['verifik-signature']);
    const forged = header.replace(
      /v1=[0-9a-f]+/,
      `v1=${createHmac('sha256', 'other').update('x').digest('hex')}`,
    );
    expect(verifySignature({ ...request, headers: { 'verifik-signature': forged } })).toBe(false);
  });

  it('posts otp.failed with attempts left, then otp.locked', async () => {
    const sent = await send('cy@example.com');
    const wrong = wrongCode(await h.latestCode('cy@example.com'));
    for (let index = 0; index < 5; index += 1)
      await verify('cy@example.com', wrong, sent.validation_id);
    await h.server.emulator.webhooks.idle();
    const received = events().filter((event) => event.type !== 'otp.sent');
    // Deliveries run in parallel, so arrival order is not guaranteed.
    expect(
      received
        .filter((event) => event.type === 'otp.failed')
        .map((event) => event.data.attempts_remaining)
        .sort(),
    ).toEqual([0, 1, 2, 3, 4]);
    expect(received.filter((event) => event.type === 'otp.locked')).toHaveLength(1);
  });

  it('posts otp.expired when a verify meets an expired code', async () => {
    const sent = await send('dee@example.com');
    const code = await h.latestCode('dee@example.com');
    await h.call('POST', '/__emulator/clock', { advance_ms: 11 * 60_000 }, { token: null });
    expect((await verify('dee@example.com', code, sent.validation_id)).status).toBe(410);
    expect((await verify('dee@example.com', code, sent.validation_id)).status).toBe(410);
    await h.server.emulator.webhooks.idle();
    expect(events().map((event) => event.type)).toEqual(['otp.sent', 'otp.expired']);
  });

  it('retries with backoff when the receiver fails, then stops on success', async () => {
    answers = [500, 503];
    await send('eli@example.com');
    await h.server.emulator.webhooks.idle();
    expect(receiver.requests).toHaveLength(3);
    const bodies = new Set(receiver.requests.map((request) => request.body));
    expect(bodies.size).toBe(1);
    expect(receiver.requests.every(verifySignature)).toBe(true);
    expect(await newestDelivery(h)).toMatchObject({
      type: 'otp.sent',
      attempts: 3,
      state: 'delivered',
      last_result: 204,
    });
  });

  it('gives up after the configured attempts', async () => {
    answers = [500, 500, 500, 500, 500];
    await send('fay@example.com');
    await h.server.emulator.webhooks.idle();
    expect(receiver.requests).toHaveLength(4);
    expect(await newestDelivery(h)).toMatchObject({
      attempts: 4,
      state: 'failed',
      last_result: 500,
    });
  });

  it('never delays the API response', async () => {
    gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const sent = await h.call('POST', '/v2/access/email/send-otp', {
      email: 'gus@example.com',
      project_id: projectId,
    });
    // The receiver is still holding the webhook, yet the send has answered.
    expect(sent.status).toBe(200);
    expect(await newestDelivery(h)).toMatchObject({ type: 'otp.sent', state: 'pending' });
    release();
    await h.server.emulator.webhooks.idle();
    expect(receiver.requests).toHaveLength(1);
  });
});

describe('webhook retries on network errors', () => {
  it('retries when nothing listens, and records the failure', async () => {
    const gone = await startReceiver(() => 200);
    await gone.close();
    const other = await startHarness({
      resendCooldownSeconds: 0,
      webhookRetry: { attempts: 3, baseDelayMs: 5 },
    });
    try {
      const project = success(
        await other.call('POST', '/v2/projects', { name: 'Gone' }),
        z.object({ id: z.string() }),
      ).id;
      await other.call('POST', '/v2/project-flows', {
        project,
        type: 'login',
        webhook: { url: gone.url, secret: SECRET },
      });
      expect(
        (
          await other.call('POST', '/v2/access/email/send-otp', {
            email: 'hal@example.com',
            project_id: project,
          })
        ).status,
      ).toBe(200);
      await other.server.emulator.webhooks.idle();
      expect(await newestDelivery(other)).toMatchObject({
        attempts: 3,
        state: 'failed',
        last_result: 'network',
      });
    } finally {
      await other.close();
    }
  });
});
