import { createRemoteJWKSet, jwtVerify } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { livenessCheck, registerFace, verifyFace } from '../../src/api/biometric';
import { VerifikError } from '../../src/core/errors';
import { createFaceApiEngine } from '../../emulator/biometrics/faceApiEngine';
import { fixture, franck, type FranckFrame } from '../emulator/biometricFixtures';
import { startTestEmulator, type TestEmulator } from './support/testEmulator';

let emulator: TestEmulator;
beforeAll(async () => {
  emulator = await startTestEmulator({ biometrics: createFaceApiEngine() });
});
afterAll(() => emulator.close());

const frame = (name: FranckFrame) => Buffer.from(franck(name)).toString('base64');

async function failure(promise: Promise<unknown>): Promise<VerifikError> {
  const error = await promise.then(
    () => undefined,
    (cause: unknown) => cause,
  );
  if (!(error instanceof VerifikError))
    throw new Error(`expected a VerifikError, got ${String(error)}`);
  return error;
}

describe('the face calls against the emulator with its face engine', () => {
  it('enrols, passes liveness on a blink, matches and returns a token the JWKS verifies', async () => {
    const transport = emulator.transport();
    const enrolled = await registerFace(transport, {
      userId: 'franck',
      projectId: emulator.projectId,
      faceImage: frame('01829'),
    });
    expect(enrolled).toEqual({ userId: 'franck', enrolled: true, replaced: false });

    const liveness = await livenessCheck(transport, {
      projectId: emulator.projectId,
      faceImage: frame('02045'),
      faceImages: [frame('03979'), frame('04035')],
    });
    expect(liveness.passed).toBe(true);
    expect(liveness.checks).toBeDefined();

    const matched = await verifyFace(transport, {
      userId: 'franck',
      faceImage: frame('02221'),
      validationId: liveness.validationId,
    });
    expect(matched).toMatchObject({ match: true, subject: 'franck' });
    expect(matched.score).toBeGreaterThanOrEqual(matched.threshold);
    const jwks = createRemoteJWKSet(new URL(`${emulator.url}/.well-known/jwks.json`));
    const { payload } = await jwtVerify(matched.token ?? '', jwks, {
      audience: emulator.projectId,
    });
    expect(payload).toMatchObject({ sub: 'franck', method: 'face' });

    const mismatch = await failure(
      verifyFace(transport, {
        userId: 'franck',
        faceImage: Buffer.from(fixture('astronaut.png')).toString('base64'),
        validationId: (
          await livenessCheck(transport, {
            projectId: emulator.projectId,
            faceImage: frame('02045'),
            faceImages: [frame('03979'), frame('04035')],
          })
        ).validationId,
      }),
    );
    expect(mismatch).toMatchObject({ code: 'face_mismatch', status: 401 });
    expect(mismatch.attemptsRemaining).toBeGreaterThanOrEqual(0);
  });

  it('says face_not_found for a photo with no face in it', async () => {
    const error = await failure(
      registerFace(emulator.transport(), {
        userId: 'coffee',
        projectId: emulator.projectId,
        faceImage: Buffer.from(fixture('coffee.png')).toString('base64'),
      }),
    );
    expect(error.code).toBe('face_not_found');
  });
});
