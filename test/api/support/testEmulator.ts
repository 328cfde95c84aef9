import { z } from 'zod';
import { startEmulatorServer, type EmulatorServerOptions } from '../../../emulator/server';
import { createTransport, type Transport, type TransportOptions } from '../../../src/api/transport';

const outboxSchema = z.object({
  data: z.array(
    z.object({
      channel: z.enum(['email', 'sms', 'whatsapp']),
      to: z.string(),
      code: z.string(),
      validation_id: z.string(),
    }),
  ),
});

/**
 * A fresh emulator on a free port, a transport pointed at it with the seeded client token, and
 * the test controls read over HTTP, the way a developer would use them.
 */
export async function startTestEmulator(options: Omit<EmulatorServerOptions, 'port'> = {}) {
  const server = await startEmulatorServer({ port: 0, ...options });
  const baseUrl = `${server.url}/v2/access`;
  const clientToken = server.emulator.world.clientToken;

  function transport(overrides: Partial<TransportOptions> = {}): Transport {
    return createTransport({ baseUrl, getToken: () => clientToken, ...overrides });
  }

  async function outbox(to: string) {
    const response = await fetch(`${server.url}/__emulator/outbox?to=${encodeURIComponent(to)}`);
    return outboxSchema.parse(await response.json()).data;
  }

  /** The newest code sent to `to`. */
  async function latestCode(to: string): Promise<string> {
    const [newest] = await outbox(to);
    if (!newest) throw new Error(`No code in the outbox for ${to}`);
    return newest.code;
  }

  async function advanceClock(ms: number): Promise<void> {
    const response = await fetch(`${server.url}/__emulator/clock`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ advance_ms: ms }),
    });
    if (!response.ok) throw new Error(`clock: ${response.status}`);
  }

  /** Any six digits other than `code`. */
  function wrongCode(code: string): string {
    return code === '000000' ? '111111' : '000000';
  }

  return {
    server,
    url: server.url,
    baseUrl,
    clientToken,
    projectId: server.emulator.world.projectId,
    flowId: server.emulator.world.flowId,
    transport,
    outbox,
    latestCode,
    advanceClock,
    wrongCode,
    close: () => server.close(),
  };
}

export type TestEmulator = Awaited<ReturnType<typeof startTestEmulator>>;

/** A fetch that counts calls to the Access API (not the test controls) and passes them on. */
export function countingFetch() {
  const calls: string[] = [];
  const fetchImpl: typeof fetch = (input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    calls.push(new URL(url).pathname);
    return fetch(input, init);
  };
  return { fetch: fetchImpl, calls };
}
