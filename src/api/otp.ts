import { callEndpoint } from './callEndpoint';
import {
  otpSentData,
  otpVerifiedData,
  sendEmailOtpBody,
  sendPhoneOtpBody,
  verifyEmailOtpBody,
  verifyPhoneOtpBody,
} from './schemas';
import type { RequestOptions, Transport } from './transport';
import type * as z from 'zod/mini';

export type PhoneChannel = 'sms' | 'whatsapp';
export type OtpChannel = 'email' | PhoneChannel;

export interface SendEmailOtpInput {
  email: string;
  projectId: string;
}
export interface VerifyEmailOtpInput {
  email: string;
  /** The 6 digits the user received. */
  code: string;
  validationId: string;
}
export interface SendPhoneOtpInput {
  /** E.164, e.g. `+573001234567`. */
  phone: string;
  projectId: string;
  channel: PhoneChannel;
}
export interface VerifyPhoneOtpInput {
  phone: string;
  code: string;
  validationId: string;
}

export interface OtpSent {
  validationId: string;
  /** ISO 8601: when the code stops working. */
  expiresAt: string;
  /** Seconds before the server accepts another send to the same address, when it says. */
  resendAfter: number | undefined;
  channel: OtpChannel | undefined;
}

export interface OtpVerified {
  validationId: string;
  /** The end-user token (JWT); hand it to your backend, never store it in the page. */
  token: string;
  tokenType: string;
  expiresAt: string;
  method: 'email' | 'phone';
  /** The verified email or E.164 number. */
  subject: string;
}

function toOtpSent(data: z.output<typeof otpSentData>): OtpSent {
  return {
    validationId: data.validation_id,
    expiresAt: data.expires_at,
    resendAfter: data.resend_after,
    channel: data.channel,
  };
}

function toOtpVerified(data: z.output<typeof otpVerifiedData>): OtpVerified {
  return {
    validationId: data.validation_id,
    token: data.token,
    tokenType: data.token_type ?? 'Bearer',
    expiresAt: data.expires_at,
    method: data.method,
    subject: data.subject,
  };
}

export async function sendEmailOtp(
  transport: Transport,
  input: SendEmailOtpInput,
  options?: RequestOptions,
): Promise<OtpSent> {
  const body = { email: input.email, project_id: input.projectId };
  const data = await callEndpoint(
    transport,
    '/email/send-otp',
    sendEmailOtpBody,
    otpSentData,
    body,
    options,
  );
  return toOtpSent(data);
}

export async function verifyEmailOtp(
  transport: Transport,
  input: VerifyEmailOtpInput,
  options?: RequestOptions,
): Promise<OtpVerified> {
  const body = { email: input.email, otp: input.code, validation_id: input.validationId };
  const data = await callEndpoint(
    transport,
    '/email/verify-otp',
    verifyEmailOtpBody,
    otpVerifiedData,
    body,
    options,
  );
  return toOtpVerified(data);
}

export async function sendPhoneOtp(
  transport: Transport,
  input: SendPhoneOtpInput,
  options?: RequestOptions,
): Promise<OtpSent> {
  const path = input.channel === 'whatsapp' ? '/phone/send-whatsapp' : '/phone/send-sms';
  const body = { phone: input.phone, project_id: input.projectId };
  const data = await callEndpoint(transport, path, sendPhoneOtpBody, otpSentData, body, options);
  return { ...toOtpSent(data), channel: data.channel ?? input.channel };
}

export async function verifyPhoneOtp(
  transport: Transport,
  input: VerifyPhoneOtpInput,
  options?: RequestOptions,
): Promise<OtpVerified> {
  const body = { phone: input.phone, otp: input.code, validation_id: input.validationId };
  const data = await callEndpoint(
    transport,
    '/phone/verify-otp',
    verifyPhoneOtpBody,
    otpVerifiedData,
    body,
    options,
  );
  return toOtpVerified(data);
}
