/**
 * What a detector reports per video frame: plain numbers, no model objects, so the pre-check is
 * pure functions over these and can be unit-tested on sequences recorded from the real model.
 * Coordinates are video pixels (not mirrored).
 */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Point {
  x: number;
  y: number;
}

/**
 * Eye openness of one face. `blendshape`: MediaPipe's `eyeBlinkLeft`/`eyeBlinkRight` scores
 * (0 open, 1 closed). `aspect_ratio`: eye aspect ratio from mesh points (higher is more open).
 */
export interface EyeSignals {
  source: 'blendshape' | 'aspect_ratio';
  left: number;
  right: number;
}

export interface FaceSignals {
  /** Bounding box of the face mesh. */
  box: Box;
  /** Nose tip. */
  nose: Point;
  eyes: EyeSignals;
  /** Head yaw proxy: nose offset from the cheeks' midpoint over half the face width, about -1..1. */
  yaw: number;
}

export interface FrameSignals {
  timestampMs: number;
  width: number;
  height: number;
  /** Largest first. */
  faces: FaceSignals[];
  /** Mean luma (0..255) inside the largest face's box. */
  brightness?: number;
  /** Sharpness (0..1) inside the largest face's box: low under motion blur or bad focus. */
  sharpness?: number;
}
