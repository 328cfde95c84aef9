import type { MiddlewareHandler } from 'hono';
import type { EmulatorContext, EmulatorEnv } from './context';
import { unauthorized } from './http-errors';

const BEARER = /^Bearer\s+([A-Za-z0-9._~+/=-]+)\s*$/i;

/**
 * Requires a client JWT (from the client login, pages 002-004) as Bearer and sets `clientId`.
 * Missing, malformed, forged and expired tokens all answer 401 `UNAUTHORIZED`.
 */
export function requireClient(ctx: EmulatorContext): MiddlewareHandler<EmulatorEnv> {
  return async (c, next) => {
    const match = BEARER.exec(c.req.header('Authorization') ?? '');
    const token = match?.[1];
    if (token === undefined) return unauthorized(c);
    const clientId = await ctx.tokens.verifyClientToken(token);
    if (clientId === undefined || ctx.accounts.clientById(clientId) === undefined)
      return unauthorized(c);
    c.set('clientId', clientId);
    await next();
  };
}
