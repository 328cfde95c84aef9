/**
 * What the emulator's biometric routes need from a face engine. The routes (validation ids,
 * attempts, rate limits, tokens) live in the emulator; the engine only looks at pixels.
 * The Node implementation (face-api on tfjs wasm) is loaded lazily on the first call.
 */

export interface FaceBox {
  x: number;
  y: number;
  width: number;
  height: number;
  /** Detector confidence, 0..1. */
  score: number;
}

export interface FaceAnalysis {
  /** Every face found, largest first, in image pixels. */
  faces: FaceBox[];
  imageWidth: number;
  imageHeight: number;
  /** 128-d descriptor of the largest face, when a face was found. */
  descriptor?: Float32Array;
  /**
   * Quality signals of the largest face: sharpness 0..1 (from the variance of the Laplacian at a
   * fixed face scale, so it does not depend on the image size), mean brightness 0..255.
   */
  sharpness?: number;
  brightness?: number;
  /**
   * Eye aspect ratios (about 0.3 open, under 0.2 closed) and head yaw (-1 looking far to one side,
   * 0 frontal, 1 the other side) of the largest face, for frame-sequence liveness.
   */
  leftEyeOpenness?: number;
  rightEyeOpenness?: number;
  yaw?: number;
}

export interface BiometricEngine {
  /**
   * Decodes a JPEG or PNG and analyses it. Throws `BiometricInputError` with `INVALID_IMAGE` for
   * bytes that are not an image it can decode, `IMAGE_TOO_LARGE` for more pixels than it decodes,
   * and `BiometricBusyError` when too many analyses are already waiting.
   */
  analyse(image: Uint8Array): Promise<FaceAnalysis>;
  /** Euclidean distance between two descriptors (lower is more alike). */
  distance(a: Float32Array, b: Float32Array): number;
}

export class BiometricInputError extends Error {
  constructor(
    readonly code: 'INVALID_IMAGE' | 'IMAGE_TOO_LARGE',
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'BiometricInputError';
  }
}

/** The engine's queue is full: the caller should answer 503 and let the client retry. */
export class BiometricBusyError extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super('the face engine is busy');
    this.name = 'BiometricBusyError';
  }
}
