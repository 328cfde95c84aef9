import { describe, expect, it } from 'vitest';
import { buildHostBundle } from './bundleBudget';

const KB = 1000;

/**
 * What opening the face step costs a host that ships `<VerifikAccess>`: the lazy chunks the face
 * step pulls in beyond the entry (its own code, react-webcam, tasks-vision's JS), min+gzip,
 * without the wasm and the model, which are fetched at run time from the configured URLs.
 */
async function measureFaceStep() {
  const host = await buildHostBundle();
  const faceStep = host.chunkWith('src/components/face/FaceStep.tsx');
  const eager = host.closure([host.entry]);
  const face = [...host.closure([faceStep], { dynamic: true, loaded: eager })];
  const mediapipe = (chunk: (typeof face)[number]) => host.has(chunk, '@mediapipe/tasks-vision');
  return {
    eagerHasMediaPipe: [...eager].some(
      (chunk) => mediapipe(chunk) || host.has(chunk, 'react-webcam'),
    ),
    faceStepSeparate: !eager.has(faceStep),
    face: face.map((chunk) => ({
      fileName: chunk.fileName,
      gzip: host.gzip(chunk),
      mediapipe: mediapipe(chunk),
    })),
  };
}

describe('face step bundle budget (min+gzip)', () => {
  it('keeps MediaPipe and the camera out of the entry, and the face step chunks <= 60 kB', async () => {
    const figures = await measureFaceStep();
    const total = figures.face.reduce((sum, chunk) => sum + chunk.gzip, 0);
    const own = figures.face
      .filter((chunk) => !chunk.mediapipe)
      .reduce((sum, chunk) => sum + chunk.gzip, 0);
    console.warn(
      [
        `face step, lazily loaded: ${(total / KB).toFixed(1)} kB (without tasks-vision: ${(own / KB).toFixed(1)} kB)`,
        ...figures.face.map(
          (chunk) =>
            `  ${chunk.fileName} ${(chunk.gzip / KB).toFixed(1)} kB${chunk.mediapipe ? ' (tasks-vision)' : ''}`,
        ),
      ].join('\n'),
    );
    expect(figures.faceStepSeparate).toBe(true);
    expect(figures.eagerHasMediaPipe).toBe(false);
    expect(figures.face.some((chunk) => chunk.mediapipe)).toBe(true);
    expect(total).toBeLessThanOrEqual(60 * KB);
  }, 120_000);
});
