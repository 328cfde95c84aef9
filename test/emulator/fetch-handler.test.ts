import { decodeJwt } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createEmulator, type Emulator } from '../../emulator/app';

// The same handler MSW and Vite's dev server call: Requests in, Responses out, no socket.
let emulator: Emulator;

beforeAll(async () => {
  emulator = await createEmulator();
});
afterAll(() => {
  emulator.close();
});

function post(path: string, body: unknown): Promise<Response> {
  return emulator.fetch(
    new Request(`http://localhost:6006${path}`, {
      method: 'POST',
      headers: {
        Authorization: `Bearer ${emulator.world.clientToken}`,
        'Content-Type': 'application/json',
      },
      body: JSON.stringify(body),
    }),
  );
}

describe('createEmulator().fetch', () => {
  it('signs a user in without a server, with the page origin as issuer', async () => {
    const sent = await post('/v2/access/email/send-otp', {
      email: 'ana@example.com',
      project_id: 'demo-project',
    });
    const { validation_id } = z
      .object({ data: z.object({ validation_id: z.string() }) })
      .parse(await sent.json()).data;
    const code = emulator.outbox.latest('ana@example.com')?.code;
    const verified = await post('/v2/access/email/verify-otp', {
      email: 'ana@example.com',
      otp: code,
      validation_id,
    });
    expect(verified.status).toBe(200);
    const { token } = z
      .object({ data: z.object({ token: z.string() }) })
      .parse(await verified.json()).data;
    expect(decodeJwt(token)).toMatchObject({
      iss: 'http://localhost:6006',
      sub: 'ana@example.com',
    });
  });

  it('exposes the world, the clock and reset', async () => {
    expect(emulator.world).toMatchObject({
      clientEmail: 'dev@example.com',
      clientCountryCode: '+57',
      clientPhone: '3001234567',
      projectId: 'demo-project',
      flowId: 'demo-login-flow',
    });
    const before = emulator.clock.now();
    emulator.clock.advance(60_000);
    expect(emulator.clock.now() - before).toBeGreaterThanOrEqual(60_000);
    emulator.reset();
    expect(emulator.outbox.list()).toEqual([]);
    expect(emulator.clock.now() - before).toBeLessThan(60_000);
  });
});
