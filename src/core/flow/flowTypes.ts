import type { OtpSent, OtpVerified, PhoneChannel } from '../../api/otp';
import type { VerifikError } from '../errors';

export type FlowStep = 'method' | 'identifier' | 'code' | 'face' | 'success';
export type FlowMethod = 'email' | 'phone' | 'face';
export type FlowStatus = 'idle' | 'sending' | 'verifying' | 'error';
export type { PhoneChannel };

/** A request the flow wants made; `id` lets late answers to abandoned requests be ignored. */
export type FlowRequest =
  | { id: number; kind: 'send'; method: 'email'; identifier: string }
  | { id: number; kind: 'send'; method: 'phone'; identifier: string; channel: PhoneChannel }
  | {
      id: number;
      kind: 'verify';
      method: 'email' | 'phone';
      identifier: string;
      code: string;
      validationId: string;
    };

/** What `onSuccess` receives: a sign-in or a face enrolment. The token goes nowhere else. */
export type FlowSuccess = FlowSignedIn | FlowFaceEnrolled;

/** A sign-in: an end-user token for the host's backend to verify against the JWKS. */
export interface FlowSignedIn {
  intent: 'sign-in';
  method: FlowMethod;
  token: string;
  /** ISO 8601 expiry of the token. */
  expiresAt: string;
  /** The verified email, E.164 number or face user id. */
  subject: string;
}

/** A face enrolment (`face.intent: 'register'`): the template is stored and no token is issued. */
export interface FlowFaceEnrolled {
  intent: 'register';
  method: 'face';
  token?: undefined;
  expiresAt?: undefined;
  /** The enrolled face user id. */
  subject: string;
}

/** What the face step reports when it ends well. */
export type FaceOutcome =
  | { intent: 'verify'; token: string; expiresAt: string; userId: string }
  | { intent: 'register'; userId: string };

export interface FlowState {
  step: FlowStep;
  status: FlowStatus;
  /** The methods offered, in order. */
  methods: readonly FlowMethod[];
  phoneChannels: readonly PhoneChannel[];
  method: FlowMethod | undefined;
  channel: PhoneChannel | undefined;
  /** The email or E.164 number the code was (or is being) sent to. */
  identifier: string;
  validationId: string | undefined;
  /** ISO 8601 expiry of the code. */
  expiresAt: string | undefined;
  /** Epoch ms from which a resend may be offered. */
  resendAvailableAt: number | undefined;
  /** Epoch ms from which `retry` is allowed after a 429. */
  retryAvailableAt: number | undefined;
  /** The code as typed, kept after a wrong try so it can be corrected. */
  code: string;
  error: VerifikError | undefined;
  attemptsRemaining: number | undefined;
  /** The request in flight, or the last one that failed (what `retry` repeats). */
  request: FlowRequest | undefined;
  nextRequestId: number;
  success: FlowSuccess | undefined;
}

export type FlowAction =
  | { type: 'chooseMethod'; method: FlowMethod }
  | { type: 'submitIdentifier'; identifier: string; channel?: PhoneChannel }
  | { type: 'sendSucceeded'; requestId: number; result: OtpSent; now: number }
  | { type: 'sendFailed'; requestId: number; error: VerifikError; now: number }
  | { type: 'codeChanged'; code: string }
  | { type: 'submitCode'; code?: string }
  | { type: 'verifySucceeded'; requestId: number; result: OtpVerified }
  | { type: 'verifyFailed'; requestId: number; error: VerifikError; now: number }
  | { type: 'resend'; now: number }
  | { type: 'retry'; now: number }
  | { type: 'back' }
  | { type: 'useAnotherMethod' }
  | { type: 'reset' }
  | { type: 'faceSucceeded'; outcome: FaceOutcome }
  | { type: 'faceFailed'; error: VerifikError };

export interface FlowConfig {
  /** Default `['email', 'phone']`. */
  methods?: readonly FlowMethod[];
  /** Default `['sms', 'whatsapp']`. */
  phoneChannels?: readonly PhoneChannel[];
}
