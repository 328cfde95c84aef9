import type { EmulatorApp, EmulatorContext } from '../context';

/** The public keys of end-user tokens, for any JOSE library's remote JWKS. */
export function registerJwksRoutes(app: EmulatorApp, ctx: EmulatorContext): void {
  app.get('/.well-known/jwks.json', async (c) => {
    c.header('Cache-Control', 'public, max-age=300');
    return c.json(await ctx.tokens.jwks());
  });
}
