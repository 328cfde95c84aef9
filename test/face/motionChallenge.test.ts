import { describe, expect, it } from 'vitest';
import type { FaceSignals } from '../../src/face/frameSignals';
import { INITIAL_MOTION_STATE, motionProgress, motionStep } from '../../src/face/motionChallenge';
import { recordedSignals } from './recordedSignals';

function faces(clip: 'blink' | 'still'): FaceSignals[] {
  return recordedSignals(clip).flatMap((frame) => frame.faces.slice(0, 1));
}

function run(sequence: FaceSignals[]) {
  return sequence.reduce((state, face) => motionStep(state, face), INITIAL_MOTION_STATE);
}

/** The same face moved and scaled as a whole, as a photo held up and moved about would be. */
function movedPhoto(face: FaceSignals, dx: number, dy: number, scale: number): FaceSignals {
  const move = (x: number, y: number) => ({
    x: (x - face.box.x) * scale + face.box.x + dx,
    y: (y - face.box.y) * scale + face.box.y + dy,
  });
  const nose = move(face.nose.x, face.nose.y);
  return {
    ...face,
    box: {
      x: face.box.x + dx,
      y: face.box.y + dy,
      width: face.box.width * scale,
      height: face.box.height * scale,
    },
    nose,
  };
}

describe('motionStep', () => {
  it('passes on the recorded clip where the head turns', () => {
    const state = run(faces('blink'));
    expect(state.passed).toBe(true);
    expect(motionProgress(state)).toBe(1);
  });

  it('never passes on a recorded still photo', () => {
    const state = run(faces('still'));
    expect(state.passed).toBe(false);
    expect(motionProgress(state)).toBeLessThan(0.5);
  });

  it('never passes on a photo slid, brought closer and moved back', () => {
    const [face] = faces('still');
    if (!face) throw new Error('fixture has no face');
    const sequence = Array.from({ length: 60 }, (_, i) =>
      movedPhoto(face, 40 * Math.sin(i / 5), 20 * Math.cos(i / 7), 0.8 + 0.4 * (i / 60)),
    );
    expect(run(sequence).passed).toBe(false);
  });

  it('passes when the nose moves a little inside the face box', () => {
    const [face] = faces('still');
    if (!face) throw new Error('fixture has no face');
    const turned = { ...face, nose: { x: face.nose.x + face.box.width * 0.05, y: face.nose.y } };
    expect(run([face, turned]).passed).toBe(true);
  });
});
