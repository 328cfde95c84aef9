import { describe, expect, it } from 'vitest';
import {
  blinkStep,
  INITIAL_BLINK_STATE,
  type BlinkEvent,
  type BlinkState,
} from '../../src/face/blinkDetector';
import type { EyeSignals } from '../../src/face/frameSignals';
import { recordedSignals } from './recordedSignals';

function replay(samples: Array<{ eyes: EyeSignals; timestampMs: number }>): {
  state: BlinkState;
  events: BlinkEvent[];
} {
  let state = INITIAL_BLINK_STATE;
  const events: BlinkEvent[] = [];
  for (const sample of samples) {
    const step = blinkStep(state, sample.eyes, sample.timestampMs);
    state = step.state;
    if (step.event) events.push(step.event);
  }
  return { state, events };
}

function recordedEyes(clip: 'blink' | 'still') {
  return recordedSignals(clip).flatMap((frame) =>
    frame.faces[0] ? [{ eyes: frame.faces[0].eyes, timestampMs: frame.timestampMs }] : [],
  );
}

const ear = (left: number, right: number): EyeSignals => ({ source: 'aspect_ratio', left, right });
const blendshape = (left: number, right: number): EyeSignals => ({
  source: 'blendshape',
  left,
  right,
});
const at30fps = (eyes: EyeSignals[]) => eyes.map((e, i) => ({ eyes: e, timestampMs: i * 33 }));

describe('blinkStep on sequences recorded from the real model', () => {
  it('finds the blinks of the clip where the eyes close (eye aspect ratio against the running baseline)', () => {
    const { state, events } = replay(recordedEyes('blink'));
    expect(state.blinks).toBeGreaterThanOrEqual(1);
    expect(events).toContain('closed');
    expect(events.indexOf('closed')).toBeLessThan(events.indexOf('blink'));
    // The baseline is the open eye: well above a closed frame's ratio.
    expect(state.baseline?.left).toBeGreaterThan(0.24);
  });

  it('finds no blink in a still photo', () => {
    const { state, events } = replay(recordedEyes('still'));
    expect(state.blinks).toBe(0);
    expect(events).toEqual([]);
  });
});

describe('blinkStep rules', () => {
  it('counts one blink when both eyes close and reopen', () => {
    const open = ear(0.3, 0.3);
    const { state } = replay(
      at30fps([open, open, open, open, ear(0.18, 0.19), ear(0.17, 0.18), open, open]),
    );
    expect(state.blinks).toBe(1);
  });

  it('does not count one eye closing (a wink or a half-tracked eye)', () => {
    const open = ear(0.3, 0.3);
    const { state } = replay(
      at30fps([open, open, open, open, ear(0.18, 0.29), ear(0.17, 0.3), open, open]),
    );
    expect(state.blinks).toBe(0);
  });

  it('does not count eyes seen closed before any open frames', () => {
    const closed = blendshape(0.9, 0.9);
    const open = blendshape(0.05, 0.05);
    const { state } = replay(at30fps([closed, closed, open, closed, open]));
    expect(state.blinks).toBe(0);
  });

  it('does not count a closure longer than human blink timing', () => {
    const open = blendshape(0.05, 0.05);
    const closed = blendshape(0.9, 0.9);
    const samples = at30fps([open, open, open, open, ...Array<EyeSignals>(30).fill(closed), open]);
    const { state, events } = replay(samples);
    expect(state.blinks).toBe(0);
    expect(events).toContain('too_long');
  });

  it('uses absolute scores for blendshapes', () => {
    const open = blendshape(0.05, 0.08);
    const { state } = replay(at30fps([open, open, open, open, blendshape(0.7, 0.8), open]));
    expect(state.blinks).toBe(1);
  });

  it('adapts the eye-aspect-ratio baseline to each face: a narrow-eyed face still blinks', () => {
    const open = ear(0.2, 0.21);
    const { state } = replay(at30fps([open, open, open, open, open, ear(0.13, 0.14), open]));
    expect(state.blinks).toBe(1);
  });
});
