import type { ImageChecks } from './faceAssessment';
import type { SequenceChecks } from './frameLiveness';

export interface LivenessVerdict {
  passed: boolean;
  /** 0..1. Half from the image checks, half from motion seen across frames. */
  score: number;
}

/**
 * Scores a liveness check. An image's checks can earn at most 0.5, since a printed photo passes
 * them all; the other half needs a frame sequence in which the server itself saw the same
 * person blink or turn their head. With the flows' default minimum of 0.65 (production allows
 * 0.51-0.9) a single image therefore never passes: that is the honest answer.
 */
export function livenessVerdict(
  image: ImageChecks,
  sequence: SequenceChecks | undefined,
  minScore: number,
): LivenessVerdict {
  const imageResults = Object.values(image);
  const imageShare = imageResults.filter((check) => check.passed).length / imageResults.length;
  const motionSeen =
    sequence !== undefined &&
    sequence.every_frame_one_face.passed &&
    sequence.same_person.passed &&
    (sequence.blink.passed || sequence.head_turn.passed);
  const score = Math.round((imageShare * 0.5 + (motionSeen ? 0.5 : 0)) * 1000) / 1000;
  const allImageChecks = imageResults.every((check) => check.passed);
  return { passed: allImageChecks && score >= minScore, score };
}
