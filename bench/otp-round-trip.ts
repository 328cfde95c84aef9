/**
 * `npm run bench` (or `npm run bench:otp`): send + verify round trips against the emulator on
 * loopback, over real HTTP with keep-alive, from several concurrent clients. Prints round trips
 * per second and p50/p99 latency. The code is read from the emulator's outbox in-process, so the
 * figures are the two API calls only. Options: --concurrency N (8), --seconds S (5), --max N (20000).
 */
import { startEmulatorServer } from '../emulator/server';

function numberOption(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  const value = index === -1 ? undefined : Number(process.argv[index + 1]);
  return value !== undefined && Number.isFinite(value) && value > 0 ? value : fallback;
}

const concurrency = numberOption('concurrency', 8);
const seconds = numberOption('seconds', 5);
const maxTrips = numberOption('max', 20_000);

const server = await startEmulatorServer({
  port: 0,
  // The bench measures the code path, not the limits: raise them out of the way.
  rateLimits: { emailPerWindow: 1_000_000, phonePerWindow: 1_000_000 },
  resendCooldownSeconds: 0,
});
const { emulator, url } = server;
const headers = {
  Authorization: `Bearer ${emulator.world.clientToken}`,
  'Content-Type': 'application/json',
};

async function post(path: string, body: unknown): Promise<unknown> {
  const response = await fetch(url + path, { method: 'POST', headers, body: JSON.stringify(body) });
  const json: unknown = await response.json();
  if (!response.ok) throw new Error(`${path} answered ${response.status}: ${JSON.stringify(json)}`);
  return json;
}

function validationIdOf(json: unknown): string {
  if (typeof json === 'object' && json !== null && 'data' in json) {
    const { data } = json;
    if (
      typeof data === 'object' &&
      data !== null &&
      'validation_id' in data &&
      typeof data.validation_id === 'string'
    ) {
      return data.validation_id;
    }
  }
  throw new Error(`unexpected send answer: ${JSON.stringify(json)}`);
}

let sequence = 0;
async function roundTrip(): Promise<number> {
  const email = `bench-${(sequence += 1)}@example.com`;
  const started = performance.now();
  const sent = await post('/v2/access/email/send-otp', {
    email,
    project_id: emulator.world.projectId,
  });
  const code = emulator.outbox.latest(email)?.code;
  if (code === undefined) throw new Error('no code in the outbox');
  await post('/v2/access/email/verify-otp', {
    email,
    otp: code,
    validation_id: validationIdOf(sent),
  });
  return performance.now() - started;
}

function percentile(sorted: readonly number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}

// Warm-up: JIT, key generation, keep-alive connections.
await Promise.all(Array.from({ length: concurrency * 4 }, () => roundTrip()));
emulator.reset();

const latencies: number[] = [];
const deadline = performance.now() + seconds * 1000;
const started = performance.now();
await Promise.all(
  Array.from({ length: concurrency }, async () => {
    while (performance.now() < deadline && latencies.length < maxTrips)
      latencies.push(await roundTrip());
  }),
);
const elapsedSeconds = (performance.now() - started) / 1000;
await server.close();

latencies.sort((a, b) => a - b);
console.log(`OTP send + verify round trips over HTTP on loopback (${url})`);
console.log(
  `  node ${process.version}, concurrency ${concurrency}, ${latencies.length} round trips in ${elapsedSeconds.toFixed(2)} s`,
);
console.log(`  throughput  ${(latencies.length / elapsedSeconds).toFixed(0)} round trips/s`);
console.log(
  `  latency     p50 ${percentile(latencies, 50).toFixed(2)} ms, p99 ${percentile(latencies, 99).toFixed(2)} ms, max ${percentile(latencies, 100).toFixed(2)} ms`,
);
