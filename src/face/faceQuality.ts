import type { FaceSignals, FrameSignals } from './frameSignals';

/** What is wrong with a frame, most important first; an empty list means a well-placed face. */
export type FaceIssue =
  | 'no_face'
  | 'many_faces'
  | 'move_closer'
  | 'move_back'
  | 'centre'
  | 'too_dark'
  | 'too_bright'
  | 'hold_still';

export interface QualityOptions {
  /** Minimum face width in video pixels (the server matches poorly below this). */
  minFaceWidth: number;
  /** Maximum face width as a fraction of the frame width (the detector loses faces that fill it). */
  maxFaceWidthRatio: number;
  /** How far the face centre may sit from the frame centre, as a fraction of each dimension. */
  centreTolerance: number;
  minBrightness: number;
  maxBrightness: number;
  /** Below this the face is blurred by motion or out of focus. */
  minSharpness: number;
}

export const DEFAULT_QUALITY_OPTIONS: QualityOptions = {
  minFaceWidth: 240,
  maxFaceWidthRatio: 0.8,
  centreTolerance: 0.15,
  minBrightness: 50,
  maxBrightness: 215,
  minSharpness: 0.2,
};

/** Distance of the face centre from the frame centre, in units of the tolerance (<= 1 is centred). */
export function offCentre(
  face: FaceSignals,
  frame: Pick<FrameSignals, 'width' | 'height'>,
  tolerance: number,
): number {
  const dx = (face.box.x + face.box.width / 2 - frame.width / 2) / (frame.width * tolerance);
  const dy = (face.box.y + face.box.height / 2 - frame.height / 2) / (frame.height * tolerance);
  return Math.hypot(dx, dy);
}

export function faceIssues(
  frame: FrameSignals,
  options: QualityOptions = DEFAULT_QUALITY_OPTIONS,
): FaceIssue[] {
  const [face, ...others] = frame.faces;
  if (!face) return ['no_face'];
  const issues: FaceIssue[] = [];
  if (others.length > 0) issues.push('many_faces');
  if (face.box.width < options.minFaceWidth) issues.push('move_closer');
  if (face.box.width > frame.width * options.maxFaceWidthRatio) issues.push('move_back');
  if (offCentre(face, frame, options.centreTolerance) > 1) issues.push('centre');
  if (frame.brightness !== undefined && frame.brightness < options.minBrightness)
    issues.push('too_dark');
  if (frame.brightness !== undefined && frame.brightness > options.maxBrightness)
    issues.push('too_bright');
  if (frame.sharpness !== undefined && frame.sharpness < options.minSharpness)
    issues.push('hold_still');
  return issues;
}

/**
 * How good a well-placed frame is as the one to send: sharper, more centred and larger is better
 * (size stops counting at twice the minimum, where matching no longer improves).
 */
export function captureScore(
  frame: FrameSignals,
  options: QualityOptions = DEFAULT_QUALITY_OPTIONS,
): number {
  const face = frame.faces[0];
  if (!face) return 0;
  const centred = Math.max(0, 1 - offCentre(face, frame, options.centreTolerance));
  const size = Math.min(1, face.box.width / (2 * options.minFaceWidth));
  const sharp = frame.sharpness ?? 0.5;
  return sharp * (0.5 + 0.5 * centred) * (0.5 + 0.5 * size);
}
