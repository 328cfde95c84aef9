import type * as z from 'zod/mini';
import { callEndpoint } from './callEndpoint';
import {
  faceRegisteredData,
  faceVerifiedData,
  livenessCheckBody,
  livenessData,
  registerFaceBody,
  verifyFaceBody,
} from './schemas';
import type { RequestOptions, Transport } from './transport';

export interface LivenessCheckInput {
  /** Base64 JPEG or PNG (a `data:` URL prefix is accepted by the emulator). */
  faceImage: string;
  validationId?: string;
  projectId?: string;
  /** Extra frames for frame-sequence liveness (blink, head turn). */
  faceImages?: string[];
}
export interface LivenessResult {
  validationId: string;
  passed: boolean;
  score: number;
  /** The score needed to pass, when the server says. */
  minScore: number | undefined;
  checks: Readonly<Record<string, unknown>> | undefined;
  expiresAt: string | undefined;
}

export interface RegisterFaceInput {
  userId: string;
  projectId: string;
  faceImage: string;
}
export interface FaceRegistered {
  userId: string;
  enrolled: true;
  replaced: boolean;
}

export interface VerifyFaceInput {
  userId: string;
  faceImage: string;
  validationId: string;
}
export interface FaceVerified {
  match: boolean;
  score: number;
  threshold: number;
  validationId: string | undefined;
  /** Present on a match: the end-user token. */
  token: string | undefined;
  expiresAt: string | undefined;
  /** The user id the token was issued for. */
  subject: string | undefined;
  attemptsRemaining: number | undefined;
}

export async function livenessCheck(
  transport: Transport,
  input: LivenessCheckInput,
  options?: RequestOptions,
): Promise<LivenessResult> {
  const body: z.input<typeof livenessCheckBody> = {
    face_image: input.faceImage,
    validation_id: input.validationId,
    project_id: input.projectId,
    face_images: input.faceImages,
  };
  const data = await callEndpoint(
    transport,
    '/biometric/liveness-check',
    livenessCheckBody,
    livenessData,
    body,
    options,
  );
  return {
    validationId: data.validation_id,
    passed: data.passed,
    score: data.score,
    minScore: data.min_score,
    checks: data.checks,
    expiresAt: data.expires_at,
  };
}

export async function registerFace(
  transport: Transport,
  input: RegisterFaceInput,
  options?: RequestOptions,
): Promise<FaceRegistered> {
  const body = { user_id: input.userId, project_id: input.projectId, face_image: input.faceImage };
  const data = await callEndpoint(
    transport,
    '/biometric/register-face',
    registerFaceBody,
    faceRegisteredData,
    body,
    options,
  );
  return { userId: data.user_id, enrolled: data.enrolled, replaced: data.replaced };
}

export async function verifyFace(
  transport: Transport,
  input: VerifyFaceInput,
  options?: RequestOptions,
): Promise<FaceVerified> {
  const body = {
    user_id: input.userId,
    face_image: input.faceImage,
    validation_id: input.validationId,
  };
  const data = await callEndpoint(
    transport,
    '/biometric/verify-face',
    verifyFaceBody,
    faceVerifiedData,
    body,
    options,
  );
  return {
    match: data.match,
    score: data.score,
    threshold: data.threshold,
    validationId: data.validation_id,
    token: data.token,
    expiresAt: data.expires_at,
    subject: data.subject,
    attemptsRemaining: data.attempts_remaining,
  };
}
