import { createRemoteJWKSet, jwtVerify } from 'jose';
import { z } from 'zod';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createEmulator } from '../../emulator/app';
import { createFaceApiEngine } from '../../emulator/biometrics/faceApiEngine';
import { fixture, franck, type FranckFrame } from './biometricFixtures';
import { failure, startHarness, success, type Harness } from './harness';

// One engine for the file: its models load once, on the first biometric call.
const engine = createFaceApiEngine();
const MAX_ATTEMPTS = 3;
let h: Harness;

const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
const grace = base64(fixture('grace_hopper_512x512.jpg'));
const astronaut = base64(fixture('astronaut.png'));
const coffee = base64(fixture('coffee.png'));
const frame = (name: FranckFrame) => base64(franck(name));

const livenessData = z.object({
  validation_id: z.string().regex(/^val_[0-9a-f]{24}$/),
  passed: z.boolean(),
  score: z.number().min(0).max(1),
  min_score: z.number(),
  checks: z.record(z.string(), z.unknown()),
  expires_at: z.iso.datetime(),
});
const registeredData = z.object({
  user_id: z.string(),
  enrolled: z.literal(true),
  replaced: z.boolean(),
});
const matchData = z.object({
  match: z.literal(true),
  score: z.number(),
  threshold: z.number(),
  token: z.string(),
  expires_at: z.iso.datetime(),
  attempts_remaining: z.number().int(),
  subject: z.string(),
  method: z.literal('face'),
});

beforeAll(async () => {
  h = await startHarness({ biometrics: engine, maxAttempts: MAX_ATTEMPTS });
});
afterAll(async () => {
  await h.close();
});
beforeEach(async () => {
  await h.call('POST', '/__emulator/reset', undefined, { token: null });
});

function register(userId: string, faceImage: string) {
  return h.call('POST', '/v2/access/biometric/register-face', {
    user_id: userId,
    project_id: h.projectId,
    face_image: faceImage,
  });
}

/** A validation that passed liveness on a blink: open, closed, open frames of one man. */
async function liveValidation(): Promise<string> {
  const result = await h.call('POST', '/v2/access/biometric/liveness-check', {
    project_id: h.projectId,
    face_image: frame('02045'),
    face_images: [frame('03979'), frame('04035')],
  });
  const data = success(result, livenessData);
  expect(data.passed).toBe(true);
  return data.validation_id;
}

function verify(userId: string, faceImage: string, validationId: string) {
  return h.call('POST', '/v2/access/biometric/verify-face', {
    user_id: userId,
    face_image: faceImage,
    validation_id: validationId,
  });
}

describe('register-face', () => {
  it('enrols a face, and enrolling the same user again replaces the template', async () => {
    expect(success(await register('grace', grace), registeredData)).toEqual({
      user_id: 'grace',
      enrolled: true,
      replaced: false,
    });
    // A data: URL, as canvas.toDataURL gives it, is accepted too.
    const replaced = success(
      await register('grace', `data:image/jpeg;base64,${grace}`),
      registeredData,
    );
    expect(replaced.replaced).toBe(true);
  });

  it('answers distinct codes for no face, not base64 and not an image', async () => {
    expect(failure(await register('cup', coffee))).toMatchObject({
      status: 422,
      code: 'NO_FACE_DETECTED',
    });
    expect(failure(await register('cup', '%%% not base64 %%%'))).toMatchObject({
      status: 400,
      code: 'INVALID_IMAGE',
    });
    expect(
      failure(await register('cup', base64(new TextEncoder().encode('plain text, no pixels')))),
    ).toMatchObject({
      status: 400,
      code: 'INVALID_IMAGE',
    });
  });

  it('refuses a body over the size limit with 413 before reading it', async () => {
    const result = await register('big', 'A'.repeat(5 * 1024 * 1024));
    expect(failure(result)).toMatchObject({ status: 413, code: 'PAYLOAD_TOO_LARGE' });
  });

  it('holds the per-user limit of 10 a minute exactly under 12 parallel calls', async () => {
    const results = await Promise.all(Array.from({ length: 12 }, () => register('burst', grace)));
    const statuses = results.map((result) => result.status).sort();
    expect(statuses.filter((status) => status === 200)).toHaveLength(10);
    expect(statuses.filter((status) => status === 429)).toHaveLength(2);
    const limited = results.find((result) => result.status === 429);
    expect(Number(limited?.headers.get('Retry-After'))).toBeGreaterThan(0);
  });
});

describe('liveness-check', () => {
  it('scores a single image on what it shows and does not pass it as live', async () => {
    const result = await h.call('POST', '/v2/access/biometric/liveness-check', {
      project_id: h.projectId,
      face_image: grace,
    });
    const data = success(result, livenessData);
    expect(data.passed).toBe(false);
    expect(data.score).toBe(0.5);
    expect(data.checks).toMatchObject({
      mode: 'single_image',
      one_face: { passed: true },
      face_size: { passed: true },
      centred: { passed: true },
      sharpness: { passed: true },
      brightness: { passed: true },
    });
  });

  it('passes a blink it saw itself, and not a repeated still frame', async () => {
    await liveValidation();
    const still = await h.call('POST', '/v2/access/biometric/liveness-check', {
      project_id: h.projectId,
      face_image: frame('02045'),
      face_images: [frame('02045'), frame('02045')],
    });
    const data = success(still, livenessData);
    expect(data.passed).toBe(false);
    expect(data.checks).toMatchObject({
      mode: 'frame_sequence',
      blink: { passed: false },
      head_turn: { passed: false },
    });
  });

  it('requires a project when no validation is named, and a face in the image', async () => {
    const missing = await h.call('POST', '/v2/access/biometric/liveness-check', {
      face_image: grace,
    });
    expect(failure(missing)).toMatchObject({
      status: 400,
      code: 'INVALID_REQUEST',
      details: { fields: { project_id: expect.any(String) } },
    });
    const noFace = await h.call('POST', '/v2/access/biometric/liveness-check', {
      project_id: h.projectId,
      face_image: coffee,
    });
    expect(failure(noFace)).toMatchObject({ status: 422, code: 'NO_FACE_DETECTED' });
  });
});

describe('verify-face', () => {
  it('matches another photo of the enrolled man and returns a token the JWKS verifies', async () => {
    success(await register('franck', frame('01829')), registeredData);
    const validationId = await liveValidation();
    const data = success(await verify('franck', frame('02221'), validationId), matchData);
    expect(data.score).toBeGreaterThanOrEqual(data.threshold);
    const jwks = createRemoteJWKSet(new URL(`${h.url}/.well-known/jwks.json`));
    const { payload } = await jwtVerify(data.token, jwks, { issuer: h.url, audience: h.projectId });
    expect(payload).toMatchObject({ sub: 'franck', method: 'face', project: h.projectId });
    // One validation signs one user in once.
    expect(failure(await verify('franck', frame('02221'), validationId))).toMatchObject({
      status: 409,
      code: 'VALIDATION_ALREADY_USED',
    });
  });

  it('refuses another person as FACE_MISMATCH, counting attempts down to a lock', async () => {
    // The reset control cleared the previous test's enrolment of the same user.
    expect(success(await register('franck', frame('01829')), registeredData).replaced).toBe(false);
    const validationId = await liveValidation();
    for (let remaining = MAX_ATTEMPTS - 1; remaining >= 0; remaining -= 1) {
      const mismatch = failure(await verify('franck', astronaut, validationId));
      expect(mismatch).toMatchObject({
        status: 401,
        code: 'FACE_MISMATCH',
        details: { attempts_remaining: remaining },
      });
    }
    expect(failure(await verify('franck', frame('02221'), validationId))).toMatchObject({
      status: 403,
      code: 'MAX_ATTEMPTS_EXCEEDED',
    });
  });

  it("takes the threshold from the flow's faceMatchThreshold", async () => {
    success(await register('franck', frame('01829')), registeredData);
    const strict = await h.call('PUT', '/v2/project-flows/demo-login-flow', {
      loginSettings: { faceMatchThreshold: 0.2 },
    });
    expect(strict.status).toBe(200);
    const validationId = await liveValidation();
    // The same man, about 0.4 apart: a match at the default 0.5, not at 0.2.
    expect(failure(await verify('franck', frame('03909'), validationId))).toMatchObject({
      status: 401,
      code: 'FACE_MISMATCH',
      details: { max_distance: 0.2, threshold: 0.8, attempts_remaining: MAX_ATTEMPTS - 1 },
    });
  });

  it('refuses enrolment and liveness checks when the flow does not enable face', async () => {
    await h.call('PUT', '/v2/project-flows/demo-login-flow', { loginSettings: { face: false } });
    expect(failure(await register('grace', grace))).toMatchObject({ status: 403, code: 'METHOD_NOT_ENABLED' });
    const liveness = await h.call('POST', '/v2/access/biometric/liveness-check', {
      project_id: h.projectId,
      face_image: grace,
    });
    expect(failure(liveness)).toMatchObject({ status: 403, code: 'METHOD_NOT_ENABLED' });
  });

  it('answers USER_NOT_FOUND for a user with no face enrolled', async () => {
    const validationId = await liveValidation();
    expect(failure(await verify('nobody', grace, validationId))).toMatchObject({
      status: 404,
      code: 'USER_NOT_FOUND',
    });
  });

  it('refuses a validation that did not pass liveness, an unknown one and an expired one', async () => {
    success(await register('grace', grace), registeredData);
    const single = success(
      await h.call('POST', '/v2/access/biometric/liveness-check', {
        project_id: h.projectId,
        face_image: grace,
      }),
      livenessData,
    );
    expect(failure(await verify('grace', grace, single.validation_id))).toMatchObject({
      status: 403,
      code: 'LIVENESS_FAILED',
    });
    expect(failure(await verify('grace', grace, 'val_000000000000000000000000'))).toMatchObject({
      status: 404,
      code: 'VALIDATION_NOT_FOUND',
    });
    const validationId = await liveValidation();
    await h.call('POST', '/__emulator/clock', { advance_ms: 11 * 60_000 }, { token: null });
    expect(failure(await verify('grace', grace, validationId))).toMatchObject({
      status: 410,
      code: 'VALIDATION_EXPIRED',
    });
  });
});

describe('without a face engine', () => {
  it('answers 501 BIOMETRICS_UNAVAILABLE, as the browser copy of the emulator does', async () => {
    const emulator = await createEmulator();
    const response = await emulator.fetch(
      new Request('http://emulator.test/v2/access/biometric/register-face', {
        method: 'POST',
        headers: {
          Authorization: `Bearer ${emulator.world.clientToken}`,
          'Content-Type': 'application/json',
        },
        body: JSON.stringify({
          user_id: 'grace',
          project_id: emulator.world.projectId,
          face_image: grace,
        }),
      }),
    );
    expect(response.status).toBe(501);
    expect(await response.json()).toMatchObject({ success: false, code: 'BIOMETRICS_UNAVAILABLE' });
    emulator.close();
  });
});
