import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { HTTPException } from 'hono/http-exception';
import type { Clock } from './clock';
import {
  createEmulatorContext,
  type EmulatorApp,
  type EmulatorContext,
  type EmulatorEnv,
  type EmulatorOptions,
} from './context';
import { accessError, payloadTooLarge } from './http-errors';
import type { Outbox } from './outbox';
import { registerAccessOtpRoutes } from './routes/access-otp';
import { registerBiometricRoutes } from './routes/biometric';
import { registerClientLoginRoutes } from './routes/client-login';
import { registerControlRoutes } from './routes/controls';
import { registerJwksRoutes } from './routes/jwks';
import { registerSetupRoutes } from './routes/setup';
import type { WebhookDispatcher } from './webhooks';

export type { EmulatorOptions } from './context';

/** The seeded dev world: what `npm run emulator` prints and what tests sign in with. */
export interface EmulatorWorld {
  clientId: string;
  clientEmail: string;
  /** `+57` */
  clientCountryCode: string;
  /** National digits: `3001234567`. */
  clientPhone: string;
  projectId: string;
  flowId: string;
  /** A ready client JWT (the Bearer for `/v2/access/*`), valid 30 days. */
  clientToken: string;
  clientTokenExpiresAt: string;
}

export interface Emulator {
  /** Web-standard handler: Node server, Vite middleware, MSW in a browser. */
  fetch(request: Request): Promise<Response>;
  app: EmulatorApp;
  clock: Clock;
  outbox: Outbox;
  world: EmulatorWorld;
  webhooks: WebhookDispatcher;
  /** Shared state for route modules and tests that need more than HTTP. */
  context: EmulatorContext;
  /** Same as `POST /__emulator/reset`. */
  reset(): void;
  /** Stops webhook retries and timers. */
  close(): void;
}

function isLocalOrigin(origin: string): boolean {
  try {
    const { hostname, protocol } = new URL(origin);
    return (
      (protocol === 'http:' || protocol === 'https:') &&
      ['localhost', '127.0.0.1', '[::1]'].includes(hostname)
    );
  } catch {
    return false;
  }
}

function corsMiddleware(origins: readonly string[] | '*' | undefined) {
  const allowed = origins === undefined || origins === '*' ? undefined : new Set(origins);
  return cors({
    origin: (origin) => {
      if (origins === '*') return '*';
      if (allowed) return allowed.has(origin) ? origin : null;
      return isLocalOrigin(origin) ? origin : null;
    },
    allowMethods: ['GET', 'POST', 'PUT', 'OPTIONS'],
    allowHeaders: ['Authorization', 'Content-Type'],
    exposeHeaders: ['Retry-After'],
    maxAge: 600,
  });
}

/**
 * The Access API emulator. Isomorphic on purpose: Web Crypto, jose and Hono only, no `node:`
 * import here or below, so the same instance serves Node, Vite's dev server and MSW in a browser.
 */
export async function createEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const ctx = createEmulatorContext(options);
  const app: EmulatorApp = new Hono<EmulatorEnv>();

  app.use('*', corsMiddleware(ctx.options.corsOrigins));
  app.use(
    '*',
    bodyLimit({
      maxSize: ctx.options.maxBodyBytes,
      onError: (c) => payloadTooLarge(c, ctx.options.maxBodyBytes),
    }),
  );

  registerJwksRoutes(app, ctx);
  registerClientLoginRoutes(app, ctx);
  registerSetupRoutes(app, ctx);
  registerAccessOtpRoutes(app, ctx);
  registerBiometricRoutes(app, ctx);
  if (ctx.options.controls) registerControlRoutes(app, ctx);

  app.notFound((c) => accessError(c, 404, 'NOT_FOUND', 'No such route'));
  app.onError((error, c) => {
    // Hono's own helpers (body readers, middleware) signal client errors by throwing these.
    if (error instanceof HTTPException && error.status < 500) {
      const code = error.status === 413 ? 'PAYLOAD_TOO_LARGE' : 'INVALID_REQUEST';
      return accessError(c, error.status, code, error.message || 'Bad request');
    }
    // The last resort: a bug. Never echo the error itself, it may carry request data.
    console.error('[emulator] unhandled error', error instanceof Error ? error.name : typeof error);
    return accessError(c, 500, 'INTERNAL_ERROR', 'The emulator failed unexpectedly');
  });

  const { seed } = ctx.options;
  const clientToken = await ctx.tokens.signClientToken({ clientId: seed.client.id });
  const world: EmulatorWorld = {
    clientId: seed.client.id,
    clientEmail: seed.client.email,
    clientCountryCode: seed.client.countryCode,
    clientPhone: seed.client.phone,
    projectId: seed.project.id,
    flowId: seed.flow.id,
    clientToken: clientToken.token,
    clientTokenExpiresAt: clientToken.expiresAt,
  };

  return {
    fetch: async (request) => app.fetch(request),
    app,
    clock: ctx.clock,
    outbox: ctx.outbox,
    world,
    webhooks: ctx.webhooks,
    context: ctx,
    reset: () => ctx.reset(),
    close: () => ctx.webhooks.close(),
  };
}
