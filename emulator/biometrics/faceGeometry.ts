/** A point in image pixels. */
export interface Point {
  x: number;
  y: number;
}

// Indices in the 68-point (iBUG 300-W) layout that face-api's landmark net outputs.
const JAW_LEFT = 0;
const JAW_RIGHT = 16;
const NOSE_TIP = 30;

function pointAt(landmarks: readonly Point[], index: number): Point {
  const point = landmarks[index];
  if (!point) throw new RangeError(`expected 68 landmarks, got ${landmarks.length}`);
  return point;
}

/** The six outline points of the subject's right eye (left in the image) and left eye. */
export function eyeOutlines(landmarks: readonly Point[]): [Point[], Point[]] {
  if (landmarks.length < 68) throw new RangeError(`expected 68 landmarks, got ${landmarks.length}`);
  return [landmarks.slice(36, 42), landmarks.slice(42, 48)];
}

/**
 * Head yaw from 68 landmarks, -1..1: where the nose tip sits between the jaw's two ends, 0 when
 * in the middle. Frontal faces measure within ±0.1, a three-quarter profile about 0.8; a mirror
 * image flips the sign.
 */
export function measureYaw(landmarks: readonly Point[]): number {
  const jawLeft = pointAt(landmarks, JAW_LEFT);
  const jawRight = pointAt(landmarks, JAW_RIGHT);
  const noseTip = pointAt(landmarks, NOSE_TIP);
  const jawWidth = jawRight.x - jawLeft.x;
  const noseShare = jawWidth === 0 ? 0.5 : (noseTip.x - jawLeft.x) / jawWidth;
  return Math.max(-1, Math.min(1, (noseShare - 0.5) * 2));
}
