import type { FaceIssue } from './faceQuality';

/** Everything the face step may ask of the user while it watches. */
export type FaceHint = FaceIssue | 'turn' | 'blink';

/**
 * Hints change every frame as a face drifts across a threshold; read out each change and a
 * screen reader never stops talking. A hint is shown once it has held for `settleMs`, and then
 * stays at least `minShowMs`, so the polite live region gets a few sentences, not 30 a second.
 */
export interface HintOptions {
  settleMs: number;
  minShowMs: number;
}

export const DEFAULT_HINT_OPTIONS: HintOptions = { settleMs: 400, minShowMs: 1500 };

export interface HintState {
  shown: FaceHint | undefined;
  shownAt: number;
  candidate: FaceHint | undefined;
  candidateSince: number;
}

export const INITIAL_HINT_STATE: HintState = {
  shown: undefined,
  shownAt: Number.NEGATIVE_INFINITY,
  candidate: undefined,
  candidateSince: 0,
};

export function hintStep(state: HintState, hint: FaceHint, nowMs: number, options: HintOptions = DEFAULT_HINT_OPTIONS): HintState {
  const candidateSince = hint === state.candidate ? state.candidateSince : nowMs;
  const next: HintState = { ...state, candidate: hint, candidateSince };
  if (hint === state.shown) return next;
  const settled = nowMs - candidateSince >= options.settleMs;
  const shownLongEnough = nowMs - state.shownAt >= options.minShowMs;
  // The first hint has nothing to replace: show it at once.
  if (state.shown === undefined || (settled && shownLongEnough)) return { ...next, shown: hint, shownAt: nowMs };
  return next;
}
