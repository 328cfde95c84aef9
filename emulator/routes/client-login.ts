import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { z } from 'zod';
import type { ClientAccount } from '../accounts';
import type { EmulatorApp, EmulatorContext, EmulatorEnv } from '../context';
import type { OtpValidation } from '../otp-store';
import { emailSchema, otpSchema, parseWith, readJsonBody } from '../schemas';
import { reserveSend } from './access-otp';

type AppContext = Context<EmulatorEnv>;

const phoneNumberSchema = z.union([
  z.number().int().positive().max(999_999_999_999_999),
  z
    .string()
    .trim()
    .regex(/^\d{4,15}$/, 'must be digits'),
]);
const countryCodeSchema = z
  .string()
  .trim()
  .regex(/^\+\d{1,4}$/, 'must look like +57');

const emailBodySchema = z.object({ email: emailSchema });
const emailConfirmSchema = z.object({ email: emailSchema, otp: otpSchema });
const phoneLoginSchema = z.object({
  countryCode: countryCodeSchema,
  phone: phoneNumberSchema,
  type: z.literal('login').optional(),
});
const phoneConfirmSchema = z.object({
  countryCode: countryCodeSchema,
  phone: phoneNumberSchema,
  otp: otpSchema,
});

/** Pages 002-004 answer errors as `{code, message}`, unlike the Access envelope. */
function loginError(
  c: AppContext,
  status: ContentfulStatusCode,
  code: string,
  message: string,
  details?: Record<string, unknown>,
): Response {
  return c.json(details === undefined ? { code, message } : { code, message, details }, status);
}

function badRequest(c: AppContext, fields: Record<string, string>): Response {
  return loginError(c, 400, 'BadRequest', 'invalid_request', { fields });
}

async function sendLoginCode(
  c: AppContext,
  ctx: EmulatorContext,
  client: ClientAccount,
  channel: 'email' | 'whatsapp',
  address: string,
): Promise<Response | OtpValidation> {
  const limiter = channel === 'email' ? ctx.limits.email : ctx.limits.phone;
  const reservation = reserveSend(ctx.limits.resend, limiter, `client:${address}`);
  if (!reservation.ok) {
    c.header('Retry-After', String(reservation.retryAfter));
    return loginError(c, 429, 'TooManyRequests', 'otp_recently_sent', {
      retry_after: reservation.retryAfter,
    });
  }
  const { validation, code } = await ctx.otps.issue({
    purpose: 'client-login',
    method: channel === 'email' ? 'email' : 'phone',
    channel,
    address,
    clientId: client.id,
  });
  const delivered = await ctx.deliver({
    channel,
    to: address,
    code,
    validation_id: validation.id,
    sent_at: new Date(validation.createdAt).toISOString(),
    purpose: 'client-login',
  });
  if (!delivered) return loginError(c, 502, 'ERROR', 'delivery_failed');
  return validation;
}

async function confirmLoginCode(
  c: AppContext,
  ctx: EmulatorContext,
  address: string,
  otp: string,
): Promise<Response> {
  const validation = ctx.otps.latestFor('client-login', address);
  if (!validation) return loginError(c, 404, 'NotFound', 'validation_not_found');
  const result = await ctx.otps.check(validation, otp);
  switch (result.outcome) {
    case 'verified': {
      const signed = await ctx.tokens.signClientToken({ clientId: result.validation.clientId });
      return c.json({
        data: { accessToken: signed.token, tokenType: 'bearer', expiresAt: signed.expiresAt },
      });
    }
    case 'invalid':
      return loginError(c, 400, 'ERROR', 'invalid_otp', {
        attempts_remaining: result.attemptsRemaining,
      });
    case 'locked':
      return loginError(c, 403, 'ERROR', 'max_attempts_exceeded');
    case 'used':
      return loginError(c, 409, 'ERROR', 'otp_already_used');
    case 'expired':
    case 'superseded':
      return loginError(c, 412, 'ERROR', 'otp_expired');
    case 'not_found':
      return loginError(c, 404, 'NotFound', 'validation_not_found');
  }
}

function nationalDigits(phone: number | string): string {
  return typeof phone === 'number' ? String(phone) : phone;
}

/** The client account's own sign-in (pages 002-004): it yields the Bearer for `/v2/access/*`. */
export function registerClientLoginRoutes(app: EmulatorApp, ctx: EmulatorContext): void {
  app.post('/v2/projects/email-login', async (c) => {
    const fromQuery = c.req.query('email');
    const body =
      fromQuery === undefined
        ? await readJsonBody(c, emailBodySchema)
        : parseWith(emailBodySchema, { email: fromQuery });
    if (!body.ok) return badRequest(c, body.fields);
    const client = ctx.accounts.clientByEmail(body.data.email);
    if (!client) return loginError(c, 404, 'NotFound', 'invalid_email');
    const sent = await sendLoginCode(c, ctx, client, 'email', client.email);
    if (sent instanceof Response) return sent;
    return c.json({
      data: {
        _id: sent.id,
        client: client.id,
        status: 'sent',
        validationMethod: 'verificationCode',
        email: client.email,
        expiresAt: new Date(sent.expiresAt).toISOString(),
        type: 'login',
        new: true,
        sent: true,
      },
    });
  });

  app.post('/v2/projects/email-login/confirm', async (c) => {
    const body = await readJsonBody(c, emailConfirmSchema);
    if (!body.ok) return badRequest(c, body.fields);
    return confirmLoginCode(c, ctx, body.data.email, body.data.otp);
  });

  app.post('/v2/projects/phone-login', async (c) => {
    const body = await readJsonBody(c, phoneLoginSchema);
    if (!body.ok) return badRequest(c, body.fields);
    const national = nationalDigits(body.data.phone);
    const client = ctx.accounts.clientByPhone(body.data.countryCode + national);
    if (!client) return loginError(c, 404, 'NotFound', 'invalid_phone');
    const sent = await sendLoginCode(c, ctx, client, 'whatsapp', client.countryCode + client.phone);
    if (sent instanceof Response) return sent;
    return c.json({
      data: {
        _id: sent.id,
        client: client.id,
        status: 'sent',
        countryCode: client.countryCode,
        phone: client.phone,
        phoneGateway: 'whatsapp',
        expiresAt: new Date(sent.expiresAt).toISOString(),
        type: 'login',
        new: true,
      },
    });
  });

  app.post('/v2/projects/phone-login/confirm', async (c) => {
    const body = await readJsonBody(c, phoneConfirmSchema);
    if (!body.ok) return badRequest(c, body.fields);
    return confirmLoginCode(
      c,
      ctx,
      body.data.countryCode + nationalDigits(body.data.phone),
      body.data.otp,
    );
  });
}
