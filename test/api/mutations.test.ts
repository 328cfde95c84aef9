import { MutationObserver, QueryClient } from '@tanstack/react-query';
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  sendEmailOtpMutation,
  verifikMutationKeys,
  verifyEmailOtpMutation,
} from '../../src/api/mutations';
import { createTransport } from '../../src/api/transport';
import { startTestEmulator, type TestEmulator } from './support/testEmulator';

let emulator: TestEmulator;
beforeAll(async () => {
  emulator = await startTestEmulator();
});
afterAll(() => emulator.close());

async function closedPortUrl(): Promise<string> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const address = probe.address();
  await new Promise((resolve) => probe.close(resolve));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return `http://127.0.0.1:${address.port}/v2/access`;
}

/** A transport to nowhere that counts how many times it tried. */
async function unreachable() {
  const counter = { requests: 0 };
  const transport = createTransport({
    baseUrl: await closedPortUrl(),
    fetch: (input, init) => {
      counter.requests += 1;
      return fetch(input, init);
    },
  });
  return { transport, counter };
}

describe('mutation options', () => {
  it('never retries a verify: each try would spend an attempt', async () => {
    const { transport, counter } = await unreachable();
    const observer = new MutationObserver(new QueryClient(), verifyEmailOtpMutation(transport));
    const variables = { email: 'ana@example.com', code: '123456', validationId: 'val_1' };
    await expect(observer.mutate(variables)).rejects.toMatchObject({ code: 'network' });
    expect(counter.requests).toBe(1);
  });

  it('does not retry a send unless the caller asks, and then only network failures', async () => {
    const once = await unreachable();
    const plain = new MutationObserver(new QueryClient(), sendEmailOtpMutation(once.transport));
    const variables = { email: 'ana@example.com', projectId: emulator.projectId };
    await expect(plain.mutate(variables)).rejects.toMatchObject({ code: 'network' });
    expect(once.counter.requests).toBe(1);

    const twice = await unreachable();
    const retrying = new MutationObserver(
      new QueryClient(),
      sendEmailOtpMutation(twice.transport, { networkRetries: 1 }),
    );
    await expect(retrying.mutate(variables)).rejects.toMatchObject({ code: 'network' });
    expect(twice.counter.requests).toBe(2);
  });

  it('does not retry a rate-limited send even when network retries are on', async () => {
    let requests = 0;
    const transport = emulator.transport({
      fetch: (input, init) => {
        requests += 1;
        return fetch(input, init);
      },
    });
    const observer = new MutationObserver(
      new QueryClient(),
      sendEmailOtpMutation(transport, { networkRetries: 3 }),
    );
    const variables = { email: 'limit@example.com', projectId: emulator.projectId };
    await observer.mutate(variables);
    await expect(observer.mutate(variables)).rejects.toMatchObject({ code: 'rate_limited' });
    expect(requests).toBe(2);
  });

  it('uses stable, distinct keys under one root', () => {
    const transport = emulator.transport();
    expect(sendEmailOtpMutation(transport).mutationKey).toEqual(['verifik', 'email', 'send-otp']);
    const keys = Object.values(verifikMutationKeys).map((key) => key.join('/'));
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of Object.values(verifikMutationKeys)) expect(key[0]).toBe('verifik');
  });
});
