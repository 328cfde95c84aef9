import * as z from 'zod/mini';
import { isValidEmail } from '../core/email';

/** Wire shapes of docs/architecture.md (snake_case, as the Access API speaks). */
const nonEmpty = () => z.string().check(z.minLength(1));
const e164 = () => z.string().check(z.regex(/^\+[1-9]\d{6,14}$/, 'not an E.164 number'));
const email = () => z.string().check(z.refine(isValidEmail, 'not an email address'));
const otp = () => z.string().check(z.regex(/^\d{6}$/, 'not a 6-digit code'));
const seconds = () => z.number().check(z.gte(0));

export const sendEmailOtpBody = z.object({ email: email(), project_id: nonEmpty() });
export const verifyEmailOtpBody = z.object({
  email: email(),
  otp: otp(),
  validation_id: nonEmpty(),
});
export const sendPhoneOtpBody = z.object({ phone: e164(), project_id: nonEmpty() });
export const verifyPhoneOtpBody = z.object({
  phone: e164(),
  otp: otp(),
  validation_id: nonEmpty(),
});
export const livenessCheckBody = z.object({
  face_image: nonEmpty(),
  validation_id: z.optional(nonEmpty()),
  project_id: z.optional(nonEmpty()),
  face_images: z.optional(z.array(nonEmpty())),
});
export const registerFaceBody = z.object({
  user_id: nonEmpty(),
  project_id: nonEmpty(),
  face_image: nonEmpty(),
});
export const verifyFaceBody = z.object({
  user_id: nonEmpty(),
  face_image: nonEmpty(),
  validation_id: nonEmpty(),
});

export const otpSentData = z.object({
  validation_id: nonEmpty(),
  expires_at: nonEmpty(),
  status: z.literal('pending'),
  // Verifik's production API omits it; the flow then falls back to its own minimum.
  resend_after: z.optional(seconds()),
  channel: z.optional(z.enum(['email', 'sms', 'whatsapp'])),
});

export const otpVerifiedData = z.object({
  validation_id: nonEmpty(),
  status: z.literal('verified'),
  token: nonEmpty(),
  token_type: z.optional(z.string()),
  expires_at: nonEmpty(),
  method: z.enum(['email', 'phone']),
  subject: nonEmpty(),
});

export const livenessData = z.object({
  validation_id: nonEmpty(),
  passed: z.boolean(),
  score: z.number(),
  min_score: z.optional(z.number()),
  checks: z.optional(z.record(z.string(), z.unknown())),
  expires_at: z.optional(z.string()),
});

export const faceRegisteredData = z.object({
  user_id: nonEmpty(),
  enrolled: z.literal(true),
  replaced: z.boolean(),
});

export const faceVerifiedData = z.object({
  match: z.boolean(),
  score: z.number(),
  threshold: z.number(),
  validation_id: z.optional(nonEmpty()),
  token: z.optional(nonEmpty()),
  expires_at: z.optional(z.string()),
  subject: z.optional(nonEmpty()),
  attempts_remaining: z.optional(seconds()),
});
