import { describe, expect, it } from 'vitest';
import { captureScore, faceIssues } from '../../src/face/faceQuality';
import type { FrameSignals } from '../../src/face/frameSignals';
import { recordedSignals } from './recordedSignals';

function firstFaceFrame(): FrameSignals {
  const frame = recordedSignals('still')[0];
  if (!frame?.faces[0]) throw new Error('fixture has no face');
  return frame;
}

function withBox(
  frame: FrameSignals,
  box: Partial<FrameSignals['faces'][number]['box']>,
): FrameSignals {
  const [face] = frame.faces;
  if (!face) throw new Error('no face');
  return { ...frame, faces: [{ ...face, box: { ...face.box, ...box } }] };
}

describe('faceIssues', () => {
  it('finds nothing wrong with the recorded, well-placed face', () => {
    expect(faceIssues(firstFaceFrame())).toEqual([]);
  });

  it('says when no face is found, on the recorded empty backdrop', () => {
    for (const frame of recordedSignals('no_face')) expect(faceIssues(frame)).toEqual(['no_face']);
  });

  it('says when there is more than one face', () => {
    const frame = firstFaceFrame();
    const [face] = frame.faces;
    if (!face) throw new Error('no face');
    expect(faceIssues({ ...frame, faces: [face, face] })).toContain('many_faces');
  });

  it('asks to move closer below 240 px across and back when the face fills the frame', () => {
    const frame = firstFaceFrame();
    expect(faceIssues(withBox(frame, { width: 239, x: 200 }))).toContain('move_closer');
    expect(faceIssues(withBox(frame, { width: 240, x: 200 }))).not.toContain('move_closer');
    expect(faceIssues(withBox(frame, { width: 600, x: 20 }))).toContain('move_back');
  });

  it('asks to centre a face at the edge of the frame', () => {
    expect(faceIssues(withBox(firstFaceFrame(), { x: 0 }))).toContain('centre');
  });

  it('flags dark, bright and blurred frames', () => {
    const frame = firstFaceFrame();
    expect(faceIssues({ ...frame, brightness: 20 })).toEqual(['too_dark']);
    expect(faceIssues({ ...frame, brightness: 240 })).toEqual(['too_bright']);
    expect(faceIssues({ ...frame, sharpness: 0.05 })).toEqual(['hold_still']);
  });
});

describe('captureScore', () => {
  it('prefers the sharper and more centred of two frames', () => {
    const frame = firstFaceFrame();
    expect(captureScore(frame)).toBeGreaterThan(captureScore({ ...frame, sharpness: 0.3 }));
    expect(captureScore(frame)).toBeGreaterThan(
      captureScore(withBox(frame, { x: (frame.faces[0]?.box.x ?? 0) + 60 })),
    );
  });
});
