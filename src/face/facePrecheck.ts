import {
  blinkStep,
  DEFAULT_BLINK_OPTIONS,
  eyesOpen,
  INITIAL_BLINK_STATE,
  interruptBlink,
  type BlinkOptions,
  type BlinkState,
} from './blinkDetector';
import {
  captureScore,
  DEFAULT_QUALITY_OPTIONS,
  faceIssues,
  type QualityOptions,
} from './faceQuality';
import type { FrameSignals } from './frameSignals';
import type { FaceHint } from './hintAnnouncer';
import {
  DEFAULT_MOTION_OPTIONS,
  INITIAL_MOTION_STATE,
  motionStep,
  type MotionOptions,
  type MotionState,
} from './motionChallenge';

/**
 * The in-browser liveness pre-check as a pure function over per-frame signals. It passes once it
 * has seen, with exactly one face in view: a blink, a small head motion, and at least one
 * well-placed frame with open eyes to send. A still photo cannot blink and a frozen frame cannot
 * move, so neither passes; past `timeoutMs` it stops and offers a retry. The server repeats its
 * own liveness check on the frames sent: this only decides when it is worth sending them.
 */
export type PrecheckPhase = 'positioning' | 'blink' | 'motion' | 'passed' | 'timed_out';

/** What the caller should keep from the frame just processed. */
export type PrecheckCapture = 'best' | 'blink_start' | 'blink_end';

export interface PrecheckOptions {
  timeoutMs: number;
  quality: QualityOptions;
  blink: BlinkOptions;
  motion: MotionOptions;
}

export const DEFAULT_PRECHECK_OPTIONS: PrecheckOptions = {
  timeoutMs: 20_000,
  quality: DEFAULT_QUALITY_OPTIONS,
  blink: DEFAULT_BLINK_OPTIONS,
  motion: DEFAULT_MOTION_OPTIONS,
};

export interface PrecheckState {
  phase: PrecheckPhase;
  startedAt: number | undefined;
  /** The hint for this frame (debounce it before showing). */
  hint: FaceHint;
  blink: BlinkState;
  motion: MotionState;
  bestScore: number;
  bestAt: number | undefined;
  frames: number;
}

export const INITIAL_PRECHECK_STATE: PrecheckState = {
  phase: 'positioning',
  startedAt: undefined,
  hint: 'no_face',
  blink: INITIAL_BLINK_STATE,
  motion: INITIAL_MOTION_STATE,
  bestScore: 0,
  bestAt: undefined,
  frames: 0,
};

export interface PrecheckStep {
  state: PrecheckState;
  capture: PrecheckCapture[];
}

export function precheckStep(
  state: PrecheckState,
  frame: FrameSignals,
  options: PrecheckOptions = DEFAULT_PRECHECK_OPTIONS,
): PrecheckStep {
  if (state.phase === 'passed' || state.phase === 'timed_out') return { state, capture: [] };
  const startedAt = state.startedAt ?? frame.timestampMs;
  const frames = state.frames + 1;
  if (frame.timestampMs - startedAt > options.timeoutMs) {
    return { state: { ...state, startedAt, frames, phase: 'timed_out' }, capture: [] };
  }

  const issues = faceIssues(frame, options.quality);
  const face = frame.faces.length === 1 ? frame.faces[0] : undefined;
  const capture: PrecheckCapture[] = [];
  let { blink, motion, bestScore, bestAt } = state;

  if (face) {
    motion = motionStep(motion, face, options.motion);
    const stepped = blinkStep(blink, face.eyes, frame.timestampMs, options.blink);
    blink = stepped.state;
    if (stepped.event === 'closed') capture.push('blink_start');
    if (stepped.event === 'blink') capture.push('blink_end');
    if (
      issues.length === 0 &&
      blink.closedAt === undefined &&
      eyesOpen(blink, face.eyes, options.blink)
    ) {
      const score = captureScore(frame, options.quality);
      if (score > bestScore) {
        bestScore = score;
        bestAt = frame.timestampMs;
        capture.push('best');
      }
    }
  } else {
    // A blink across a lost (or swapped) face is not evidence of anything.
    blink = interruptBlink(blink);
  }

  const next = { ...state, startedAt, frames, blink, motion, bestScore, bestAt };
  const [issue] = issues;
  if (issue) return { state: { ...next, phase: 'positioning', hint: issue }, capture };
  if (blink.blinks === 0 || bestAt === undefined)
    return { state: { ...next, phase: 'blink', hint: 'blink' }, capture };
  if (!motion.passed) return { state: { ...next, phase: 'motion', hint: 'turn' }, capture };
  return { state: { ...next, phase: 'passed', hint: 'turn' }, capture };
}
