import type { FrameSignals } from './frameSignals';

/** A video frame a detector can read: the live `<video>`, or a canvas in tests. */
export type FaceFrame = HTMLVideoElement | HTMLCanvasElement;

export interface FaceDetectorLoadOptions {
  /** Called with 0..1 as the model downloads (wasm compile time is not measurable). */
  onProgress?(fraction: number): void;
}

/**
 * The seam between the face step and a face model. `load` fetches and initialises (rejecting
 * with a `VerifikError` `model_load_failed` or `model_load_timeout`); `detect` runs on one frame
 * with a strictly increasing timestamp and returns plain signals; `close` frees the model.
 */
export interface FaceDetector {
  load(options?: FaceDetectorLoadOptions): Promise<void>;
  detect(frame: FaceFrame, timestampMs: number): FrameSignals;
  close(): void;
}
