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
}

export interface FaceAnalysis {
  /** Every face found, largest first, in image pixels. */
  faces: FaceBox[];
  imageWidth: number;
  imageHeight: number;
  /** 128-d descriptor of the largest face, when exactly one face was found. */
  descriptor?: Float32Array;
  /** Quality signals of the largest face: 0..1 sharpness, mean brightness 0..255. */
  sharpness?: number;
  brightness?: number;
  /** Eye aspect ratios and head yaw of the largest face, for frame-sequence liveness. */
  leftEyeOpenness?: number;
  rightEyeOpenness?: number;
  yaw?: number;
}

export interface BiometricEngine {
  /**
   * Decodes a JPEG or PNG and analyses it. Throws `BiometricInputError('INVALID_IMAGE')` for bytes
   * that are not an image it can decode.
   */
  analyse(image: Uint8Array): Promise<FaceAnalysis>;
  /** Euclidean distance between two descriptors (lower is more alike). */
  distance(a: Float32Array, b: Float32Array): number;
}

export class BiometricInputError extends Error {
  constructor(
    readonly code: 'INVALID_IMAGE',
    message: string,
  ) {
    super(message);
    this.name = 'BiometricInputError';
  }
}
