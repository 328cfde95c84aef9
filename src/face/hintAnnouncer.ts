import type { FaceIssue } from './faceQuality';

/** Everything the face step may ask of the user while it watches. */
export type FaceHint = FaceIssue | 'turn' | 'blink';

/**
 * Hints change every frame as a face drifts across a threshold; read out each change and a
 * screen reader never stops talking. A hint is shown once it has held for `settleMs` (a streak
 * survives gaps up to `gapMs`, so a one-frame flicker neither shows nor breaks it), and the shown
 * hint stays at least `minShowMs`: the polite live region gets a few sentences, not 30 a second.
 */
export interface HintOptions {
  settleMs: number;
  minShowMs: number;
  gapMs: number;
}

export const DEFAULT_HINT_OPTIONS: HintOptions = { settleMs: 400, minShowMs: 1500, gapMs: 150 };

interface Streak {
  since: number;
  lastSeen: number;
}

export interface HintState {
  shown: FaceHint | undefined;
  shownAt: number;
  streaks: Partial<Record<FaceHint, Streak>>;
}

export const INITIAL_HINT_STATE: HintState = {
  shown: undefined,
  shownAt: Number.NEGATIVE_INFINITY,
  streaks: {},
};

export function hintStep(
  state: HintState,
  hint: FaceHint,
  nowMs: number,
  options: HintOptions = DEFAULT_HINT_OPTIONS,
): HintState {
  const previous = state.streaks[hint];
  const streak =
    previous && nowMs - previous.lastSeen <= options.gapMs
      ? { since: previous.since, lastSeen: nowMs }
      : { since: nowMs, lastSeen: nowMs };
  const next: HintState = { ...state, streaks: { ...state.streaks, [hint]: streak } };
  if (hint === state.shown) return next;
  const settled = nowMs - streak.since >= options.settleMs;
  const shownLongEnough = nowMs - state.shownAt >= options.minShowMs;
  // The first hint has nothing to replace: show it at once.
  if (state.shown === undefined || (settled && shownLongEnough))
    return { ...next, shown: hint, shownAt: nowMs };
  return next;
}
