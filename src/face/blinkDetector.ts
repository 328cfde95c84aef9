import type { EyeSignals } from './frameSignals';

/**
 * Blink detection over per-frame eye signals: both eyes close, then reopen, within human timing.
 * With blendshapes the scores are absolute; with eye aspect ratio (EAR) an eye counts as closed
 * below a fraction of its own running open-eye baseline, since open-eye EAR differs per face and
 * per mesh model.
 */
export interface BlinkOptions {
  /** EAR: closed below this fraction of the open-eye baseline. */
  closedRatio: number;
  /** Weight of each new open-eye EAR in the running baseline. */
  baselineWeight: number;
  /** Blendshape: closed at or above this score, open below `blendshapeOpen`. */
  blendshapeClosed: number;
  blendshapeOpen: number;
  /** Open frames needed before a closure counts (a face first seen with eyes shut is not a blink). */
  openFramesBefore: number;
  /** A closure longer than this is eyes shut, not a blink. */
  maxClosedMs: number;
}

export const DEFAULT_BLINK_OPTIONS: BlinkOptions = {
  closedRatio: 0.75,
  baselineWeight: 0.1,
  blendshapeClosed: 0.5,
  blendshapeOpen: 0.35,
  openFramesBefore: 3,
  maxClosedMs: 700,
};

export interface BlinkState {
  /** Running open-eye EAR per eye (aspect_ratio source only). */
  baseline: { left: number; right: number } | undefined;
  openFrames: number;
  /** When both eyes closed, during a closure. */
  closedAt: number | undefined;
  blinks: number;
  lastBlinkAt: number | undefined;
}

export type BlinkEvent = 'closed' | 'blink' | 'too_long';

export const INITIAL_BLINK_STATE: BlinkState = {
  baseline: undefined,
  openFrames: 0,
  closedAt: undefined,
  blinks: 0,
  lastBlinkAt: undefined,
};

type EyeState = 'open' | 'closed' | 'between';

function eyeState(
  eyes: EyeSignals,
  baseline: BlinkState['baseline'],
  options: BlinkOptions,
): EyeState {
  if (eyes.source === 'blendshape') {
    if (eyes.left >= options.blendshapeClosed && eyes.right >= options.blendshapeClosed)
      return 'closed';
    if (eyes.left < options.blendshapeOpen && eyes.right < options.blendshapeOpen) return 'open';
    return 'between';
  }
  if (!baseline) return 'open';
  const leftClosed = eyes.left < options.closedRatio * baseline.left;
  const rightClosed = eyes.right < options.closedRatio * baseline.right;
  if (leftClosed && rightClosed) return 'closed';
  return leftClosed || rightClosed ? 'between' : 'open';
}

/** Whether the eyes are open enough for the frame to be the one sent. */
export function eyesOpen(
  state: BlinkState,
  eyes: EyeSignals,
  options: BlinkOptions = DEFAULT_BLINK_OPTIONS,
): boolean {
  return eyeState(eyes, state.baseline, options) === 'open';
}

export function blinkStep(
  state: BlinkState,
  eyes: EyeSignals,
  timestampMs: number,
  options: BlinkOptions = DEFAULT_BLINK_OPTIONS,
): { state: BlinkState; event?: BlinkEvent } {
  const current = eyeState(eyes, state.baseline, options);
  if (current === 'open') {
    const baseline =
      eyes.source === 'aspect_ratio' ? nextBaseline(state.baseline, eyes, options) : undefined;
    const next: BlinkState = {
      ...state,
      baseline,
      openFrames: state.openFrames + 1,
      closedAt: undefined,
    };
    if (state.closedAt === undefined) return { state: next };
    return {
      state: { ...next, openFrames: 1, blinks: state.blinks + 1, lastBlinkAt: timestampMs },
      event: 'blink',
    };
  }
  if (current === 'closed') {
    if (state.closedAt !== undefined) {
      if (timestampMs - state.closedAt <= options.maxClosedMs) return { state };
      return { state: { ...state, closedAt: undefined, openFrames: 0 }, event: 'too_long' };
    }
    if (state.openFrames < options.openFramesBefore) return { state: { ...state, openFrames: 0 } };
    return { state: { ...state, closedAt: timestampMs }, event: 'closed' };
  }
  // Half-closed frames sit between the two states; they neither start nor end a blink.
  return { state };
}

function nextBaseline(
  baseline: BlinkState['baseline'],
  eyes: EyeSignals,
  options: BlinkOptions,
): BlinkState['baseline'] {
  if (!baseline) return { left: eyes.left, right: eyes.right };
  const weight = options.baselineWeight;
  return {
    left: baseline.left + weight * (eyes.left - baseline.left),
    right: baseline.right + weight * (eyes.right - baseline.right),
  };
}

/** Resets a closure in progress (the face was lost), keeping the baseline and counts. */
export function interruptBlink(state: BlinkState): BlinkState {
  return { ...state, closedAt: undefined, openFrames: 0 };
}
