import { readFileSync } from 'node:fs';
import { unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { deriveFaceModels } from '../../scripts/build-face-models';
import {
  BLENDSHAPES_ENTRY,
  bundleHasEntry,
  MEDIAPIPE_TASKS_VISION_VERSION,
} from '../../src/face/faceAssets';

const text = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1');

describe('derived face models', () => {
  const first = deriveFaceModels();

  it('are byte-stable', () => {
    const second = deriveFaceModels();
    expect(Buffer.compare(first.detector, second.detector)).toBe(0);
    expect(Buffer.compare(first.landmarker, second.landmarker)).toBe(0);
  });

  it('bundle the detector and the mesh the way FaceLandmarker expects, without blendshapes', () => {
    const entries = unzipSync(first.landmarker);
    expect(Object.keys(entries).sort()).toEqual([
      'face_detector.tflite',
      'face_landmarks_detector.tflite',
    ]);
    expect(bundleHasEntry(first.landmarker, BLENDSHAPES_ENTRY)).toBe(false);
    for (const model of Object.values(entries)) {
      expect(text(model.subarray(4, 8))).toBe('TFL3');
      // The metadata buffer Tasks look up by name, holding a ModelMetadata flatbuffer.
      expect(text(model)).toContain('TFLITE_METADATA');
      expect(text(model)).toContain('M001');
    }
  });

  it('keep every byte of the source model (old objects are only shifted)', () => {
    const source = readFileSync(
      'node_modules/@mediapipe/face_detection/face_detection_short_range.tflite',
    );
    expect(text(first.detector)).toContain(text(source.subarray(8)));
  });

  it('detect a blendshape bundle by its entry name', () => {
    const bundle = zipSync({ [BLENDSHAPES_ENTRY]: new Uint8Array([1, 2, 3]) });
    expect(bundleHasEntry(bundle, BLENDSHAPES_ENTRY)).toBe(true);
  });
});

describe('default assets', () => {
  it('pin the wasm to the installed tasks-vision version', () => {
    const pkg: { dependencies: Record<string, string> } = JSON.parse(
      readFileSync('package.json', 'utf8'),
    );
    expect(pkg.dependencies['@mediapipe/tasks-vision']).toBe(MEDIAPIPE_TASKS_VISION_VERSION);
  });
});
