/**
 * Derives MediaPipe Tasks-compatible face models from the npm packages `@mediapipe/face_detection`
 * and `@mediapipe/face_mesh` (Apache-2.0), so the demo, stories and tests run offline:
 *
 * - `face_detector.tflite`: the short-range BlazeFace with the NormalizationOptions metadata Tasks
 *   require for a float32 image input (mean 127.5, std 127.5: pixels to -1..1).
 * - `face_landmarker.task`: a zip of that detector and the 468-point mesh, normalised to 0..1 and
 *   padded by a PADV2 op to the 478 points FaceLandmarker expects. The 10 extra points (the iris
 *   in the official model) sit at the crop centre (96 of 192): at 0, VIDEO-mode tracking computes
 *   a huge face box from them and drops the face. No blendshapes: callers fall back to eye aspect
 *   ratio.
 *
 * The output is byte-stable and files are only rewritten when their bytes change.
 * Usage: `tsx scripts/build-face-models.ts [outDir]` (default public/models).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';
import { normalizationMetadata } from './tfliteMetadata';
import { rewriteTflite } from './tfliteRewrite';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const faceDetectionDir = join(root, 'node_modules/@mediapipe/face_detection');
const faceMeshDir = join(root, 'node_modules/@mediapipe/face_mesh');

export const FACE_DETECTOR_FILE = 'face_detector.tflite';
export const FACE_LANDMARKER_FILE = 'face_landmarker.task';

/** The mesh model sits inside the solution's packed assets; the loader script lists the byte ranges. */
function readPackedMeshModel(): Uint8Array {
  const loader = readFileSync(
    join(faceMeshDir, 'face_mesh_solution_packed_assets_loader.js'),
    'utf8',
  );
  const match =
    /"filename":\s*"[^"]*\/face_landmark\.tflite",\s*"start":\s*(\d+),\s*"end":\s*(\d+)/.exec(
      loader,
    );
  if (!match?.[1] || !match[2])
    throw new Error('face_landmark.tflite not listed in the face_mesh packed assets');
  const data = readFileSync(join(faceMeshDir, 'face_mesh_solution_packed_assets.data'));
  return new Uint8Array(data.subarray(Number(match[1]), Number(match[2])));
}

export function deriveFaceModels(): { detector: Uint8Array; landmarker: Uint8Array } {
  const detectorSource = new Uint8Array(
    readFileSync(join(faceDetectionDir, 'face_detection_short_range.tflite')),
  );
  const detector = rewriteTflite(detectorSource, {
    metadata: normalizationMetadata('face_detector', 127.5, 127.5),
  });
  const mesh = rewriteTflite(readPackedMeshModel(), {
    metadata: normalizationMetadata('face_landmarks_detector', 0, 255),
    padOutput: { outputPosition: 0, append: 30, value: 96, name: 'Identity' },
  });
  // A fixed local date keeps the zip byte-stable (fflate writes DOS local time).
  const mtime = new Date(2020, 0, 1);
  const landmarker = zipSync(
    {
      'face_detector.tflite': [detector, { level: 0 }],
      'face_landmarks_detector.tflite': [mesh, { level: 0 }],
    },
    { mtime },
  );
  return { detector, landmarker };
}

function writeIfChanged(path: string, bytes: Uint8Array): boolean {
  if (existsSync(path) && Buffer.compare(readFileSync(path), bytes) === 0) return false;
  writeFileSync(path, bytes);
  return true;
}

/** Builds both files into `outDir`; returns the paths written (unchanged files are left alone). */
export function buildFaceModels(outDir = join(root, 'public/models')): string[] {
  const { detector, landmarker } = deriveFaceModels();
  mkdirSync(outDir, { recursive: true });
  const written: string[] = [];
  for (const [name, bytes] of [
    [FACE_DETECTOR_FILE, detector],
    [FACE_LANDMARKER_FILE, landmarker],
  ] as const) {
    const path = join(outDir, name);
    if (writeIfChanged(path, bytes)) written.push(path);
  }
  return written;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const started = performance.now();
  const outDir = process.argv[2] ? resolve(process.argv[2]) : undefined;
  const written = buildFaceModels(outDir);
  const took = Math.round(performance.now() - started);
  console.log(
    `face models: ${written.length ? `wrote ${written.join(', ')}` : 'up to date'} (${took} ms)`,
  );
}
