import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PRECHECK_OPTIONS,
  INITIAL_PRECHECK_STATE,
  precheckStep,
  type PrecheckCapture,
  type PrecheckState,
} from '../../src/face/facePrecheck';
import type { FrameSignals } from '../../src/face/frameSignals';
import { loopFor, recordedSignals } from './recordedSignals';

function replay(frames: FrameSignals[]): {
  state: PrecheckState;
  captures: PrecheckCapture[];
  hints: Set<string>;
} {
  let state = INITIAL_PRECHECK_STATE;
  const captures: PrecheckCapture[] = [];
  const hints = new Set<string>();
  for (const frame of frames) {
    const step = precheckStep(state, frame);
    state = step.state;
    captures.push(...step.capture);
    hints.add(state.hint);
  }
  return { state, captures, hints };
}

describe('precheckStep on sequences recorded from the real model', () => {
  it('passes the blink clip, having asked for the blink the frames to keep around it', () => {
    const { state, captures } = replay(recordedSignals('blink'));
    expect(state.phase).toBe('passed');
    expect(state.blink.blinks).toBeGreaterThanOrEqual(1);
    expect(state.motion.passed).toBe(true);
    expect(captures).toContain('best');
    expect(captures.indexOf('blink_start')).toBeLessThan(captures.indexOf('blink_end'));
  });

  it('never passes a still photo in 10 s and keeps asking to blink', () => {
    const frames = loopFor(recordedSignals('still'), 10_000);
    let state = INITIAL_PRECHECK_STATE;
    for (const frame of frames) {
      state = precheckStep(state, frame).state;
      expect(state.phase).not.toBe('passed');
      expect(state.hint).toBe('blink');
    }
  });

  it('never passes one frozen frame of the blinking face, however long', () => {
    const [open] = recordedSignals('blink');
    if (!open) throw new Error('empty fixture');
    const { state } = replay(loopFor([open], 15_000));
    expect(state.phase).toBe('blink');
  });

  it('says no face on the empty backdrop, then times out', () => {
    const { state, hints } = replay(loopFor(recordedSignals('no_face'), 21_000));
    expect([...hints]).toEqual(['no_face']);
    expect(state.phase).toBe('timed_out');
  });

  it('times out after the configured time and then ignores frames', () => {
    const frames = loopFor(recordedSignals('still'), 3_000);
    let state = INITIAL_PRECHECK_STATE;
    for (const frame of frames)
      state = precheckStep(state, frame, { ...DEFAULT_PRECHECK_OPTIONS, timeoutMs: 2_000 }).state;
    expect(state.phase).toBe('timed_out');
    const blinkFrames = recordedSignals('blink');
    for (const frame of blinkFrames) state = precheckStep(state, frame).state;
    expect(state.phase).toBe('timed_out');
  });

  it('does not count a blink across a lost face', () => {
    const blink = recordedSignals('blink');
    const closedIndex = blink.findIndex((frame) => (frame.faces[0]?.eyes.left ?? 1) < 0.17);
    expect(closedIndex).toBeGreaterThan(0);
    const lost = { ...blink[0], timestampMs: 0, width: 640, height: 480, faces: [] };
    // Every time the eyes close the face vanishes for a frame before they reopen.
    const frames = blink.flatMap((frame) =>
      (frame.faces[0]?.eyes.left ?? 1) < 0.2
        ? [frame, { ...lost, timestampMs: frame.timestampMs + 1 }]
        : [frame],
    );
    const { state } = replay(frames);
    expect(state.blink.blinks).toBe(0);
    expect(state.phase).not.toBe('passed');
  });
});
