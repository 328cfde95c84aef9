import type { FaceAnalysis, FaceBox } from './engine';

/** Why an image cannot be used for enrolment or matching. */
export type FaceRejectionCode = 'NO_FACE_DETECTED' | 'MULTIPLE_FACES' | 'FACE_TOO_SMALL';

/**
 * Smallest face side, in source pixels, whose descriptor is trusted: the recognition net looks
 * at a 150 px crop, and faces much under half that lose the detail that tells people apart.
 */
export const MIN_FACE_SIDE_PX = 64;
/** A second face at least this share of the largest one's width counts as another person. */
const SECOND_FACE_SHARE = 0.5;

export type SubjectFace =
  | { ok: true; face: FaceBox; descriptor: Float32Array }
  | { ok: false; code: FaceRejectionCode; message: string };

/** The one face an enrolment or a match may use, or the reason there is none. */
export function findSubjectFace(analysis: FaceAnalysis): SubjectFace {
  const [largest, ...others] = analysis.faces;
  if (!largest || !analysis.descriptor) {
    return { ok: false, code: 'NO_FACE_DETECTED', message: 'No face was found in the image' };
  }
  // Small faces far behind the subject (a poster, a passer-by) are ignored; a second face of
  // similar size is someone else in the frame.
  if (others.some((face) => face.width >= largest.width * SECOND_FACE_SHARE)) {
    return { ok: false, code: 'MULTIPLE_FACES', message: 'More than one face is in the image' };
  }
  if (Math.min(largest.width, largest.height) < MIN_FACE_SIDE_PX) {
    return { ok: false, code: 'FACE_TOO_SMALL', message: 'The face is too small; come closer' };
  }
  return { ok: true, face: largest, descriptor: analysis.descriptor };
}

/** One thing a check looked at: whether it passed and the value it measured. */
export interface CheckResult {
  passed: boolean;
  value: number;
}

export type ImageCheckName = 'one_face' | 'face_size' | 'centred' | 'sharpness' | 'brightness';
export type ImageChecks = Record<ImageCheckName, CheckResult>;

/** The face must span this share of the image's shorter side: a selfie, not a crowd shot. */
const MIN_FACE_SHARE = 0.15;
/** The face centre may be off the image centre by this share of each side. */
const MAX_CENTRE_OFFSET = 0.25;
const MIN_SHARPNESS = 0.5;
const MIN_BRIGHTNESS = 50;
const MAX_BRIGHTNESS = 215;

/**
 * What one image can show about a capture: exactly one face, large enough, centred, in focus,
 * lit. None of it proves a live person (a printed photo passes); that needs a frame sequence.
 */
export function checkImage(analysis: FaceAnalysis): ImageChecks {
  const subject = findSubjectFace(analysis);
  const largest = analysis.faces[0];
  const shorterSide = Math.min(analysis.imageWidth, analysis.imageHeight);
  const faceShare = largest ? Math.min(largest.width, largest.height) / shorterSide : 0;
  const centreOffset = largest
    ? Math.max(
        Math.abs(largest.x + largest.width / 2 - analysis.imageWidth / 2) / analysis.imageWidth,
        Math.abs(largest.y + largest.height / 2 - analysis.imageHeight / 2) / analysis.imageHeight,
      )
    : 1;
  const sharpness = analysis.sharpness ?? 0;
  const brightness = analysis.brightness ?? 0;
  const oneFace = subject.ok || subject.code === 'FACE_TOO_SMALL';
  return {
    one_face: { passed: oneFace, value: analysis.faces.length },
    face_size: {
      passed: subject.ok && faceShare >= MIN_FACE_SHARE,
      value: round(faceShare),
    },
    centred: { passed: largest !== undefined && centreOffset <= MAX_CENTRE_OFFSET, value: round(centreOffset) },
    sharpness: { passed: sharpness >= MIN_SHARPNESS, value: round(sharpness) },
    brightness: {
      passed: brightness >= MIN_BRIGHTNESS && brightness <= MAX_BRIGHTNESS,
      value: Math.round(brightness),
    },
  };
}

export function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
