import type { FaceSignals } from './frameSignals';

/**
 * The motion half of the pre-check: a small head turn, seen either as a change of the yaw proxy
 * or as the nose moving relative to the face box. Both are relative to the face itself, so a
 * photo slid, scaled or brought closer to the camera does not move them; a frozen frame moves
 * nothing at all.
 */
export interface MotionOptions {
  /** Range of the nose position inside the box (fraction of box width / height) that counts. */
  minNoseShift: number;
  /** Range of the yaw proxy that counts. */
  minYawChange: number;
}

export const DEFAULT_MOTION_OPTIONS: MotionOptions = { minNoseShift: 0.04, minYawChange: 0.12 };

interface Range {
  min: number;
  max: number;
}

export interface MotionState {
  noseX: Range | undefined;
  noseY: Range | undefined;
  yaw: Range | undefined;
  passed: boolean;
}

export const INITIAL_MOTION_STATE: MotionState = {
  noseX: undefined,
  noseY: undefined,
  yaw: undefined,
  passed: false,
};

function widen(range: Range | undefined, value: number): Range {
  return range
    ? { min: Math.min(range.min, value), max: Math.max(range.max, value) }
    : { min: value, max: value };
}

function span(range: Range | undefined): number {
  return range ? range.max - range.min : 0;
}

export function motionStep(
  state: MotionState,
  face: FaceSignals,
  options: MotionOptions = DEFAULT_MOTION_OPTIONS,
): MotionState {
  if (state.passed) return state;
  const noseX = widen(state.noseX, (face.nose.x - face.box.x) / face.box.width);
  const noseY = widen(state.noseY, (face.nose.y - face.box.y) / face.box.height);
  const yaw = widen(state.yaw, face.yaw);
  const passed =
    span(noseX) >= options.minNoseShift ||
    span(noseY) >= options.minNoseShift ||
    span(yaw) >= options.minYawChange;
  return { noseX, noseY, yaw, passed };
}

/** How far through the challenge the motion so far is, 0..1 (for a progress hint). */
export function motionProgress(
  state: MotionState,
  options: MotionOptions = DEFAULT_MOTION_OPTIONS,
): number {
  if (state.passed) return 1;
  return Math.min(
    1,
    Math.max(
      span(state.noseX) / options.minNoseShift,
      span(state.noseY) / options.minNoseShift,
      span(state.yaw) / options.minYawChange,
    ),
  );
}
