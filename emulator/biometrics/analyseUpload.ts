import type { Context } from 'hono';
import { accessError } from '../http-errors';
import { BiometricBusyError, BiometricInputError, type BiometricEngine, type FaceAnalysis } from './engine';
import { findSubjectFace } from './faceAssessment';
import { decodeImagePayload } from './imagePayload';

export type UploadAnalysis = { ok: true; analysis: FaceAnalysis } | { ok: false; response: Response };
export type UploadSubject =
  | { ok: true; analysis: FaceAnalysis; descriptor: Float32Array }
  | { ok: false; response: Response };

/**
 * Decodes a base64 `face_image` field and runs the engine on it, turning every way it can fail
 * into the Access API's answer: 400 `INVALID_IMAGE`, 413 `PAYLOAD_TOO_LARGE` for more pixels than
 * the engine decodes, 503 `BIOMETRICS_BUSY` when the engine's queue is full.
 */
export async function analyseUpload(
  c: Context,
  engine: BiometricEngine,
  field: string,
  base64: string,
): Promise<UploadAnalysis> {
  const bytes = decodeImagePayload(base64);
  if (!bytes) {
    return {
      ok: false,
      response: accessError(c, 400, 'INVALID_IMAGE', 'The image is not base64', { field }),
    };
  }
  try {
    return { ok: true, analysis: await engine.analyse(bytes) };
  } catch (error) {
    if (error instanceof BiometricInputError) {
      const response =
        error.code === 'IMAGE_TOO_LARGE'
          ? accessError(c, 413, 'PAYLOAD_TOO_LARGE', 'The image has too many pixels', { field })
          : accessError(c, 400, 'INVALID_IMAGE', 'The data is not a JPEG or PNG image', { field });
      return { ok: false, response };
    }
    if (error instanceof BiometricBusyError) {
      c.header('Retry-After', String(error.retryAfterSeconds));
      const response = accessError(c, 503, 'BIOMETRICS_BUSY', 'The face engine is busy: retry shortly', {
        retry_after: error.retryAfterSeconds,
      });
      return { ok: false, response };
    }
    throw error;
  }
}

/** `analyseUpload`, then the one face it must hold: 422 `NO_FACE_DETECTED`, `MULTIPLE_FACES`, `FACE_TOO_SMALL`. */
export async function analyseSubject(
  c: Context,
  engine: BiometricEngine,
  field: string,
  base64: string,
): Promise<UploadSubject> {
  const upload = await analyseUpload(c, engine, field, base64);
  if (!upload.ok) return upload;
  const subject = findSubjectFace(upload.analysis);
  if (!subject.ok) {
    return { ok: false, response: accessError(c, 422, subject.code, subject.message, { field }) };
  }
  return { ok: true, analysis: upload.analysis, descriptor: subject.descriptor };
}
