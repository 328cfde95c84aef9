import { describe, expect, it } from 'vitest';
import {
  hintStep,
  INITIAL_HINT_STATE,
  type FaceHint,
  type HintState,
} from '../../src/face/hintAnnouncer';

function run(hints: Array<[FaceHint, number]>): HintState[] {
  const states: HintState[] = [];
  let state = INITIAL_HINT_STATE;
  for (const [hint, at] of hints) {
    state = hintStep(state, hint, at);
    states.push(state);
  }
  return states;
}

describe('hintStep', () => {
  it('shows the first hint at once', () => {
    expect(run([['no_face', 0]]).at(-1)?.shown).toBe('no_face');
  });

  it('ignores a hint that flickers for a frame or two', () => {
    const frames: Array<[FaceHint, number]> = [];
    for (let t = 0; t < 5_000; t += 33)
      frames.push([t > 0 && t % 330 === 0 ? 'centre' : 'blink', t]);
    const shown = new Set(run(frames).map((state) => state.shown));
    expect([...shown]).toEqual(['blink']);
  });

  it('changes to a hint that holds, but not sooner than the minimum display time', () => {
    const frames: Array<[FaceHint, number]> = [['no_face', 0]];
    for (let t = 33; t < 3_000; t += 33) frames.push(['move_closer', t]);
    const states = run(frames);
    const changedAt = states.findIndex((state) => state.shown === 'move_closer');
    const at = frames[changedAt]?.[1] ?? -1;
    expect(at).toBeGreaterThanOrEqual(1_500);
    expect(at).toBeLessThan(1_600);
  });

  it('announces a few hints, not one per frame, when the face drifts across a threshold', () => {
    const frames: Array<[FaceHint, number]> = [];
    for (let t = 0; t < 10_000; t += 33)
      frames.push([Math.floor(t / 200) % 2 ? 'centre' : 'move_closer', t]);
    const states = run(frames);
    const changes = states.filter(
      (state, i) => i > 0 && state.shown !== states[i - 1]?.shown,
    ).length;
    expect(changes).toBe(0);
  });
});
