import { VerifikError } from '../core/errors';
import {
  BLENDSHAPES_ENTRY,
  bundleHasEntry,
  DEFAULT_MODEL_ASSET_PATH,
  DEFAULT_WASM_BASE_PATH,
} from './faceAssets';
import type { FaceDetector, FaceDetectorLoadOptions, FaceFrame } from './FaceDetector';
import type { FrameSignals } from './frameSignals';
import { imageStats } from './imageStats';
import { landmarkSignals } from './landmarkSignals';

export interface MediaPipeDetectorOptions {
  /** URL of a FaceLandmarker `.task` bundle. Default: the official model (with blendshapes). */
  modelAssetPath?: string;
  /** URL of the folder holding tasks-vision's `vision_wasm_internal.{js,wasm}`. Default: jsDelivr, pinned. */
  wasmBasePath?: string;
  /** Default `CPU`: the GPU delegate is optional and slower under software GL. */
  delegate?: 'CPU' | 'GPU';
  /** Reject with `model_load_timeout` after this long. Default 30 000 ms. */
  loadTimeoutMs?: number;
  /**
   * Faces tracked at once. Default 2, so a second person is reported; 1 is faster, since in VIDEO
   * mode the face detector then stops running on every frame once a face is tracked.
   */
  maxFaces?: number;
  /** Use blendshapes for blinks: `auto` when the bundle has them. Default `auto`. */
  blendshapes?: boolean | 'auto';
}

/** Side of the square the face box is shrunk to for brightness and sharpness. */
const STATS_SIZE = 64;

type Landmarker = import('@mediapipe/tasks-vision').FaceLandmarker;

async function fetchWithProgress(
  url: string,
  onProgress?: (fraction: number) => void,
): Promise<Uint8Array> {
  const response = await fetch(url, { credentials: 'same-origin' });
  if (!response.ok || !response.body)
    throw new Error(`model request failed with status ${response.status}`);
  const total = Number(response.headers.get('content-length')) || 0;
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    chunks.push(read.value);
    received += read.value.length;
    if (total) onProgress?.(Math.min(1, received / total));
  }
  const bytes = new Uint8Array(received);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return bytes;
}

/**
 * The MediaPipe FaceLandmarker behind the `FaceDetector` seam, in VIDEO mode. tasks-vision is
 * imported on `load` only, so it lands in its own chunk and a host that never opens the face
 * step never downloads it. Pinned to 0.10.35: tasks-vision 1.x posts telemetry to a Google host.
 */
export function createMediaPipeDetector(options: MediaPipeDetectorOptions = {}): FaceDetector {
  const modelAssetPath = options.modelAssetPath ?? DEFAULT_MODEL_ASSET_PATH;
  const wasmBasePath = (options.wasmBasePath ?? DEFAULT_WASM_BASE_PATH).replace(/\/$/, '');
  const loadTimeoutMs = options.loadTimeoutMs ?? 30_000;
  let landmarker: Landmarker | undefined;
  let useBlendshapes = false;
  let generation = 0;
  let statsContext: CanvasRenderingContext2D | undefined;

  async function create(onProgress?: (fraction: number) => void): Promise<Landmarker> {
    const [vision, model] = await Promise.all([
      import('@mediapipe/tasks-vision'),
      fetchWithProgress(modelAssetPath, onProgress),
    ]);
    useBlendshapes =
      options.blendshapes === 'auto' || options.blendshapes === undefined
        ? bundleHasEntry(model, BLENDSHAPES_ENTRY)
        : options.blendshapes;
    const fileset = await vision.FilesetResolver.forVisionTasks(wasmBasePath);
    return vision.FaceLandmarker.createFromOptions(fileset, {
      baseOptions: { modelAssetBuffer: model, delegate: options.delegate ?? 'CPU' },
      runningMode: 'VIDEO',
      numFaces: options.maxFaces ?? 2,
      outputFaceBlendshapes: useBlendshapes,
    });
  }

  function faceStats(frame: FaceFrame, width: number, height: number, signals: FrameSignals): void {
    const face = signals.faces[0];
    if (!face) return;
    if (!statsContext) {
      const canvas = document.createElement('canvas');
      canvas.width = STATS_SIZE;
      canvas.height = STATS_SIZE;
      statsContext = canvas.getContext('2d', { willReadFrequently: true }) ?? undefined;
    }
    if (!statsContext) return;
    const x = Math.max(0, face.box.x);
    const y = Math.max(0, face.box.y);
    const w = Math.min(width - x, face.box.width);
    const h = Math.min(height - y, face.box.height);
    if (w <= 1 || h <= 1) return;
    statsContext.drawImage(frame, x, y, w, h, 0, 0, STATS_SIZE, STATS_SIZE);
    const stats = imageStats(
      statsContext.getImageData(0, 0, STATS_SIZE, STATS_SIZE).data,
      STATS_SIZE,
      STATS_SIZE,
    );
    signals.brightness = stats.brightness;
    signals.sharpness = stats.sharpness;
  }

  return {
    async load(loadOptions: FaceDetectorLoadOptions = {}) {
      if (landmarker) return;
      // Each load and each close starts a new generation; a graph created for an older one (after
      // a time-out, a close, or React's StrictMode double effect) is closed, not leaked.
      const mine = ++generation;
      let timer: ReturnType<typeof setTimeout> | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(
          () =>
            reject(
              new VerifikError(
                'model_load_timeout',
                `Face detection did not load within ${loadTimeoutMs} ms.`,
              ),
            ),
          loadTimeoutMs,
        );
      });
      const loading = create(loadOptions.onProgress);
      let abandoned = false;
      loading.then(
        (created) => (abandoned || generation !== mine ? created.close() : undefined),
        () => undefined,
      );
      try {
        const created = await Promise.race([loading, timeout]);
        if (generation === mine) landmarker = created;
        else throw new VerifikError('aborted', 'The face detector was closed while loading.');
      } catch (error) {
        abandoned = true;
        if (error instanceof VerifikError) throw error;
        throw new VerifikError('model_load_failed', 'Face detection could not load.', {
          cause: error,
        });
      } finally {
        clearTimeout(timer);
      }
    },

    detect(frame: FaceFrame, timestampMs: number): FrameSignals {
      if (!landmarker) throw new VerifikError('usage', 'detect() called before load() finished.');
      const width = frame instanceof HTMLVideoElement ? frame.videoWidth : frame.width;
      const height = frame instanceof HTMLVideoElement ? frame.videoHeight : frame.height;
      const result = landmarker.detectForVideo(frame, timestampMs);
      const faces = result.faceLandmarks.map((points, index) => {
        const categories = result.faceBlendshapes[index]?.categories;
        const score = (name: string) =>
          categories?.find((category) => category.categoryName === name)?.score ?? 0;
        const blendshapes =
          useBlendshapes && categories
            ? { eyeBlinkLeft: score('eyeBlinkLeft'), eyeBlinkRight: score('eyeBlinkRight') }
            : undefined;
        return landmarkSignals(points, width, height, blendshapes);
      });
      faces.sort((a, b) => b.box.width * b.box.height - a.box.width * a.box.height);
      const signals: FrameSignals = { timestampMs, width, height, faces };
      faceStats(frame, width, height, signals);
      return signals;
    },

    close() {
      generation++;
      landmarker?.close();
      landmarker = undefined;
    },
  };
}
