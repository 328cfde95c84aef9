import type { Context } from 'hono';
import { z } from 'zod';
import { findAccessProject, issuerOf } from '../access-project';
import { requireClient } from '../auth';
import type { EmulatorApp, EmulatorContext, EmulatorEnv } from '../context';
import { accessError, accessSuccess, invalidRequest, rateLimited } from '../http-errors';
import type { DeliveryChannel } from '../outbox';
import type { OtpMethod, OtpValidation } from '../otp-store';
import { emailSchema, idSchema, otpSchema, phoneSchema, readJsonBody } from '../schemas';
import type { RateLimiter } from '../rate-limiter';

const emailSendSchema = z.object({ email: emailSchema, project_id: idSchema });
const phoneSendSchema = z.object({ phone: phoneSchema, project_id: idSchema });
const emailVerifySchema = z.object({ email: emailSchema, otp: otpSchema, validation_id: idSchema });
const phoneVerifySchema = z.object({ phone: phoneSchema, otp: otpSchema, validation_id: idSchema });

type AppContext = Context<EmulatorEnv>;

/** What webhooks carry: the identifier the host already owns, never the code. */
export function otpEventData(validation: OtpValidation): Record<string, unknown> {
  return {
    validation_id: validation.id,
    project_id: validation.projectId,
    flow_id: validation.flowId,
    method: validation.method,
    channel: validation.channel,
    identifier: validation.address,
  };
}

/**
 * Reserves a send for `address` against the resend cooldown and the per-address limit. It is
 * synchronous and must run before the handler's first await after reading the body: that is what
 * keeps parallel sends from passing the limit together.
 */
export function reserveSend(
  cooldown: RateLimiter,
  limiter: RateLimiter,
  key: string,
): { ok: true; resendAfter: number } | { ok: false; retryAfter: number } {
  const wait = Math.max(cooldown.peek(key), limiter.peek(key));
  if (wait > 0) return { ok: false, retryAfter: wait };
  cooldown.take(key);
  limiter.take(key);
  return { ok: true, resendAfter: Math.max(cooldown.peek(key), limiter.peek(key)) };
}

async function send(
  c: AppContext,
  ctx: EmulatorContext,
  channel: DeliveryChannel,
  address: string,
  projectId: string,
): Promise<Response> {
  const method: OtpMethod = channel === 'email' ? 'email' : 'phone';
  const access = findAccessProject(c, ctx, c.get('clientId'), projectId, channel);
  if (!access.ok) return access.response;
  const { project, flow } = access;

  const limiter = method === 'email' ? ctx.limits.email : ctx.limits.phone;
  const reservation = reserveSend(ctx.limits.resend, limiter, `access:${address}`);
  if (!reservation.ok) return rateLimited(c, reservation.retryAfter);

  const answer = await ctx.directory.lookup(flow.security, address, method);
  if (answer === 'not_found')
    return accessError(c, 404, 'USER_NOT_FOUND', 'No such user in the project directory');
  if (answer === 'unavailable') {
    return accessError(
      c,
      502,
      'DIRECTORY_UNAVAILABLE',
      'The project user directory did not answer',
    );
  }

  const { validation, code } = await ctx.otps.issue({
    purpose: 'access',
    method,
    channel,
    address,
    clientId: project.client,
    projectId: project.id,
    flowId: flow.id,
  });
  const delivered = await ctx.deliver({
    channel,
    to: address,
    code,
    validation_id: validation.id,
    sent_at: new Date(validation.createdAt).toISOString(),
    purpose: 'access',
  });
  if (!delivered) {
    return accessError(c, 502, 'DELIVERY_FAILED', 'The code could not be delivered: try again');
  }
  ctx.webhooks.emit(flow.webhook, 'otp.sent', otpEventData(validation));

  const data = {
    validation_id: validation.id,
    expires_at: new Date(validation.expiresAt).toISOString(),
    status: 'pending' as const,
    resend_after: reservation.resendAfter,
    ...(method === 'phone' ? { channel } : {}),
  };
  return accessSuccess(
    c,
    data,
    method === 'email' ? 'Code sent by email' : `Code sent by ${channel}`,
  );
}

async function verify(
  c: AppContext,
  ctx: EmulatorContext,
  method: OtpMethod,
  address: string,
  otp: string,
  validationId: string,
): Promise<Response> {
  const found = ctx.otps.get(validationId);
  if (
    !found ||
    found.purpose !== 'access' ||
    found.method !== method ||
    found.address !== address ||
    found.clientId !== c.get('clientId')
  ) {
    return accessError(c, 404, 'VALIDATION_NOT_FOUND', 'No such validation for this address');
  }
  const webhook = found.flowId === undefined ? undefined : ctx.accounts.flow(found.flowId)?.webhook;
  const result = await ctx.otps.check(found, otp);

  switch (result.outcome) {
    case 'verified': {
      const { validation } = result;
      const signed = await ctx.tokens.signEndUserToken({
        subject: validation.address,
        projectId: validation.projectId ?? '',
        method,
        issuer: issuerOf(c),
      });
      ctx.webhooks.emit(webhook, 'otp.verified', otpEventData(validation));
      return accessSuccess(
        c,
        {
          validation_id: validation.id,
          status: 'verified' as const,
          token: signed.token,
          token_type: 'Bearer' as const,
          expires_at: signed.expiresAt,
          method,
          subject: validation.address,
        },
        'Code verified',
      );
    }
    case 'invalid': {
      const data = {
        ...otpEventData(result.validation),
        attempts_remaining: result.attemptsRemaining,
      };
      ctx.webhooks.emit(webhook, 'otp.failed', data);
      if (result.locked) ctx.webhooks.emit(webhook, 'otp.locked', data);
      return accessError(c, 400, 'INVALID_OTP', 'Invalid OTP code', {
        attempts_remaining: result.attemptsRemaining,
      });
    }
    case 'locked':
      return accessError(
        c,
        403,
        'MAX_ATTEMPTS_EXCEEDED',
        'Too many wrong codes: request a new one',
        {
          attempts_remaining: 0,
        },
      );
    case 'used':
      return accessError(c, 409, 'OTP_ALREADY_USED', 'This code has already been used');
    case 'expired':
      if (result.firstSeen)
        ctx.webhooks.emit(webhook, 'otp.expired', otpEventData(result.validation));
      return accessError(c, 410, 'OTP_EXPIRED', 'The code has expired: request a new one', {
        reason: 'expired',
      });
    case 'superseded':
      return accessError(c, 410, 'OTP_EXPIRED', 'A newer code was sent: use that one', {
        reason: 'superseded',
      });
    case 'not_found':
      return accessError(c, 404, 'VALIDATION_NOT_FOUND', 'No such validation for this address');
  }
}

/** `/v2/access/email/*` and `/v2/access/phone/*` (pages 000-001). */
export function registerAccessOtpRoutes(app: EmulatorApp, ctx: EmulatorContext): void {
  const auth = requireClient(ctx);

  app.post('/v2/access/email/send-otp', auth, async (c) => {
    const body = await readJsonBody(c, emailSendSchema);
    if (!body.ok) return invalidRequest(c, body.fields);
    return send(c, ctx, 'email', body.data.email, body.data.project_id);
  });

  app.post('/v2/access/phone/send-sms', auth, async (c) => {
    const body = await readJsonBody(c, phoneSendSchema);
    if (!body.ok) return invalidRequest(c, body.fields);
    return send(c, ctx, 'sms', body.data.phone, body.data.project_id);
  });

  app.post('/v2/access/phone/send-whatsapp', auth, async (c) => {
    const body = await readJsonBody(c, phoneSendSchema);
    if (!body.ok) return invalidRequest(c, body.fields);
    return send(c, ctx, 'whatsapp', body.data.phone, body.data.project_id);
  });

  app.post('/v2/access/email/verify-otp', auth, async (c) => {
    const body = await readJsonBody(c, emailVerifySchema);
    if (!body.ok) return invalidRequest(c, body.fields);
    return verify(c, ctx, 'email', body.data.email, body.data.otp, body.data.validation_id);
  });

  app.post('/v2/access/phone/verify-otp', auth, async (c) => {
    const body = await readJsonBody(c, phoneVerifySchema);
    if (!body.ok) return invalidRequest(c, body.fields);
    return verify(c, ctx, 'phone', body.data.phone, body.data.otp, body.data.validation_id);
  });
}
