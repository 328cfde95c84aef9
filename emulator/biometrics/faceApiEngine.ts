import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type * as Tfjs from '@tensorflow/tfjs';
import type * as TfjsWasm from '@tensorflow/tfjs-backend-wasm';
import type * as FaceApi from '@vladmandic/face-api/dist/face-api.node-wasm.js';
import { AnalysisQueue } from './analysisQueue';
import { decodeImage, MAX_IMAGE_PIXELS, type RgbaImage } from './decodeImage';
import type { BiometricEngine, FaceAnalysis, FaceBox } from './engine';
import { measureEyeOpenness } from './eyeOpenness';
import { eyeOutlines, measureYaw } from './faceGeometry';
import { measureRegionQuality } from './imageQuality';
import { padImage, shrinkImage } from './resizeImage';

export interface FaceApiEngineOptions {
  /** Pixel cap applied before decoding (default 4096 x 4096). */
  maxPixels?: number;
  /** Analyses run at once (default 1: the wasm backend uses one core anyway). */
  concurrency?: number;
  /** Analyses allowed to wait before new ones are refused as busy (default 32). */
  maxWaiting?: number;
}

type FaceApiModule = typeof FaceApi;

/**
 * Longest side the detector sees. SSD MobileNet resizes its input to 512 anyway, and the
 * descriptor net works on a 150 px crop, so larger images only cost memory.
 */
const WORKING_SIDE = 1024;
/** Faces that fill the frame are missed by the detector unless the image gets a border first. */
const PADDING_SHARE = 0.25;
const MIN_DETECTION_CONFIDENCE = 0.5;

const require = createRequire(import.meta.url);

/**
 * Runs `load` and then removes the `uncaughtException` and `unhandledRejection` listeners it
 * added. tfjs-backend-wasm's Emscripten glue installs both, rethrowing, which turns any unhandled
 * rejection anywhere in the host process (the emulator, Vite's dev server, a test worker) into an
 * exit with code 7.
 */
async function withoutProcessHandlers<T>(load: () => Promise<T>): Promise<T> {
  const exceptionListeners = new Set(process.listeners('uncaughtException'));
  const rejectionListeners = new Set(process.listeners('unhandledRejection'));
  try {
    return await load();
  } finally {
    for (const listener of process.listeners('uncaughtException')) {
      if (!exceptionListeners.has(listener)) process.off('uncaughtException', listener);
    }
    for (const listener of process.listeners('unhandledRejection')) {
      if (!rejectionListeners.has(listener)) process.off('unhandledRejection', listener);
    }
  }
}

async function loadFaceApi(): Promise<FaceApiModule> {
  // require, not import: face-api's node-wasm build is CommonJS and requires these same two
  // modules, so all three share one tfjs engine with the wasm backend registered on it.
  const tf: typeof Tfjs = require('@tensorflow/tfjs');
  const wasm: typeof TfjsWasm = require('@tensorflow/tfjs-backend-wasm');
  const faceapi: FaceApiModule = require('@vladmandic/face-api/dist/face-api.node-wasm.js');
  const wasmDirectory = join(dirname(require.resolve('@tensorflow/tfjs-backend-wasm/package.json')), 'dist');
  wasm.setWasmPaths(`${wasmDirectory}/`);
  await tf.setBackend('wasm');
  await tf.ready();
  const modelDirectory = join(dirname(require.resolve('@vladmandic/face-api/package.json')), 'model');
  await Promise.all([
    faceapi.nets.ssdMobilenetv1.loadFromDisk(modelDirectory),
    faceapi.nets.faceLandmark68Net.loadFromDisk(modelDirectory),
    faceapi.nets.faceRecognitionNet.loadFromDisk(modelDirectory),
  ]);
  return faceapi;
}

function toRgbTensor(faceapi: FaceApiModule, image: RgbaImage): FaceApi.tf.Tensor3D {
  const rgb = new Uint8Array(image.width * image.height * 3);
  for (let source = 0, target = 0; source < image.data.length; source += 4, target += 3) {
    rgb[target] = image.data[source] ?? 0;
    rgb[target + 1] = image.data[source + 1] ?? 0;
    rgb[target + 2] = image.data[source + 2] ?? 0;
  }
  return faceapi.tf.tensor3d(rgb, [image.height, image.width, 3], 'int32');
}

/**
 * The Node face engine: face-api's SSD MobileNet detector, 68-point landmarks and 128-d
 * descriptor on the tfjs WASM backend. Models load from the npm package on the first `analyse`
 * call, once; a failed load is retried on the next call.
 */
export function createFaceApiEngine(options: FaceApiEngineOptions = {}): BiometricEngine {
  const maxPixels = options.maxPixels ?? MAX_IMAGE_PIXELS;
  const queue = new AnalysisQueue(options.concurrency ?? 1, options.maxWaiting ?? 32, 0.6);
  let loading: Promise<FaceApiModule> | undefined;

  function faceApi(): Promise<FaceApiModule> {
    loading ??= withoutProcessHandlers(loadFaceApi).catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
    return loading;
  }

  async function analyseDecoded(faceapi: FaceApiModule, decoded: RgbaImage): Promise<FaceAnalysis> {
    const working = shrinkImage(decoded, WORKING_SIDE);
    const padded = padImage(working, PADDING_SHARE);
    const toOriginal = decoded.width / working.width;
    const tensor = toRgbTensor(faceapi, padded.image);
    try {
      const detectorOptions = new faceapi.SsdMobilenetv1Options({
        minConfidence: MIN_DETECTION_CONFIDENCE,
        maxResults: 10,
      });
      const detections = await faceapi.detectAllFaces(tensor, detectorOptions);
      const bySize = [...detections].sort((a, b) => b.box.area - a.box.area);
      const faces: FaceBox[] = bySize.map((detection) => ({
        x: (detection.box.x - padded.offsetX) * toOriginal,
        y: (detection.box.y - padded.offsetY) * toOriginal,
        width: detection.box.width * toOriginal,
        height: detection.box.height * toOriginal,
        score: detection.score,
      }));
      const analysis: FaceAnalysis = { faces, imageWidth: decoded.width, imageHeight: decoded.height };
      const largest = bySize[0];
      if (!largest) return analysis;

      const described = await new faceapi.DetectSingleFaceLandmarksTask(
        Promise.resolve({ detection: largest }),
        tensor,
        false,
      ).withFaceDescriptor();
      const quality = measureRegionQuality(working, {
        x: largest.box.x - padded.offsetX,
        y: largest.box.y - padded.offsetY,
        width: largest.box.width,
        height: largest.box.height,
      });
      analysis.sharpness = quality.sharpness;
      analysis.brightness = quality.brightness;
      if (described) {
        analysis.descriptor = described.descriptor;
        const points = described.landmarks.positions.map((point) => ({
          x: point.x - padded.offsetX,
          y: point.y - padded.offsetY,
        }));
        const [rightEye, leftEye] = eyeOutlines(points);
        analysis.yaw = measureYaw(points);
        analysis.leftEyeOpenness = measureEyeOpenness(working, leftEye);
        analysis.rightEyeOpenness = measureEyeOpenness(working, rightEye);
      }
      return analysis;
    } finally {
      tensor.dispose();
    }
  }

  return {
    analyse(image) {
      return queue.run(async () => {
        const faceapi = await faceApi();
        // Decoding inside the queue keeps at most `concurrency` decoded images in memory.
        return analyseDecoded(faceapi, decodeImage(image, maxPixels));
      });
    },
    distance(a, b) {
      if (a.length !== b.length) throw new RangeError('descriptors differ in length');
      let sum = 0;
      for (let index = 0; index < a.length; index += 1) {
        const difference = (a[index] ?? 0) - (b[index] ?? 0);
        sum += difference * difference;
      }
      return Math.sqrt(sum);
    },
  };
}
