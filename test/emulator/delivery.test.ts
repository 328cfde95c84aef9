import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DeliveryMessage, DeliveryProvider } from '../../emulator/outbox';
import { failure, sendData, startHarness, success, type Harness } from './harness';

/** What a real SMS/SMTP provider would receive, recorded; it refuses one address. */
const received: DeliveryMessage[] = [];
const provider: DeliveryProvider = {
  name: 'recording',
  deliver(message) {
    if (message.to === 'bounce@example.com') throw new Error(`mailbox ${message.to} is full`);
    received.push(message);
  },
};

let h: Harness;

beforeAll(async () => {
  h = await startHarness({ deliveryProviders: [provider] });
});
afterAll(async () => {
  await h.close();
});

describe('delivery providers', () => {
  it('receive every code the outbox receives, with its channel and purpose', async () => {
    const sent = success(
      await h.call('POST', '/v2/access/phone/send-whatsapp', {
        phone: '+573001112233',
        project_id: h.projectId,
      }),
      sendData,
    );
    expect(received.at(-1)).toEqual({
      channel: 'whatsapp',
      to: '+573001112233',
      code: await h.latestCode('+573001112233'),
      validation_id: sent.validation_id,
      sent_at: expect.any(String),
      purpose: 'access',
    });
    await h.call('POST', '/v2/projects/email-login?email=dev%40example.com', undefined, {
      token: null,
    });
    expect(received.at(-1)).toMatchObject({
      channel: 'email',
      to: 'dev@example.com',
      purpose: 'client-login',
    });
  });

  it('a failing provider gives 502 DELIVERY_FAILED, not a 500, and its error is not logged', async () => {
    const logged: string[] = [];
    const original = console.warn;
    console.warn = (...parts: unknown[]) => logged.push(parts.map(String).join(' '));
    try {
      const result = await h.call('POST', '/v2/access/email/send-otp', {
        email: 'bounce@example.com',
        project_id: h.projectId,
      });
      expect(failure(result)).toMatchObject({ status: 502, code: 'DELIVERY_FAILED' });
    } finally {
      console.warn = original;
    }
    expect(logged).toEqual(['[emulator] delivery provider "recording" failed']);
  });
});
