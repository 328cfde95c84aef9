import type { Hono } from 'hono';
import type { BiometricEngine } from './biometrics/engine';
import { createAccountStore, DEV_WORLD, type AccountStore, type WorldSeed } from './accounts';
import { createClock, type Clock } from './clock';
import { createDirectory, type Directory } from './directory';
import { createOutbox, type DeliveryMessage, type DeliveryProvider, type Outbox } from './outbox';
import { createOtpStore, type OtpStore } from './otp-store';
import { createCooldown, createRateLimiter, type RateLimiter } from './rate-limiter';
import { createTokenService, type TokenService } from './tokens';
import {
  createWebhookDispatcher,
  type WebhookDispatcher,
  type WebhookRetryOptions,
} from './webhooks';

export interface EmulatorRateLimits {
  /** Code sends per email address per window. Default 5 (page 000). */
  emailPerWindow: number;
  /** Code sends per phone number per window, SMS and WhatsApp together. Default 3. */
  phonePerWindow: number;
  /** Biometric calls per user per window. Default 10. */
  biometricPerWindow: number;
  /** Default 60 000 ms. */
  windowMs: number;
}

export interface EmulatorOptions {
  /** Starts the emulator's clock this far from wall time. Default 0. */
  clockOffsetMs?: number;
  /** Wall-time source. Default `Date.now`. */
  now?: () => number;
  /** Code lifetime. Default 10 minutes. */
  codeTtlMs?: number;
  /** Wrong tries before a validation locks. Default 5. */
  maxAttempts?: number;
  rateLimits?: Partial<EmulatorRateLimits>;
  /** Seconds before a new code may go to the same address. Default 30; 0 turns it off. */
  resendCooldownSeconds?: number;
  /** End-user token lifetime. Default 3600 s. */
  endUserTokenTtlSeconds?: number;
  /** Client (Bearer) token lifetime. Default 30 days (pages 002-004). */
  clientTokenTtlSeconds?: number;
  /** Origins allowed by CORS. Default: any http(s) origin on localhost or 127.0.0.1. */
  corsOrigins?: readonly string[] | '*';
  /** Outbound HTTP for webhooks and directory lookups. Default the global `fetch`. */
  fetch?: typeof fetch;
  webhookRetry?: Partial<WebhookRetryOptions>;
  /** Directory lookup timeout. Default 5000 ms. */
  directoryTimeoutMs?: number;
  /** The dev world. Default `DEV_WORLD`. */
  seed?: WorldSeed;
  /** Extra delivery providers; the dev outbox always receives every code as well. */
  deliveryProviders?: readonly DeliveryProvider[];
  /** The face engine for the biometric routes; without it they answer 501. */
  biometrics?: BiometricEngine;
  /** Largest accepted request body. Default 4 MiB (base64 face images). */
  maxBodyBytes?: number;
  /** Mounts `/__emulator/*`. Default true. Never expose an emulator with controls publicly. */
  controls?: boolean;
}

export interface ResolvedEmulatorOptions {
  codeTtlMs: number;
  maxAttempts: number;
  rateLimits: EmulatorRateLimits;
  resendCooldownSeconds: number;
  endUserTokenTtlSeconds: number;
  clientTokenTtlSeconds: number;
  corsOrigins: readonly string[] | '*' | undefined;
  maxBodyBytes: number;
  controls: boolean;
  seed: WorldSeed;
}

/** Everything a route module needs; route modules register themselves with it. */
export interface EmulatorContext {
  options: ResolvedEmulatorOptions;
  clock: Clock;
  outbox: Outbox;
  accounts: AccountStore;
  otps: OtpStore;
  limits: {
    email: RateLimiter;
    phone: RateLimiter;
    biometric: RateLimiter;
    /** The resend cooldown, keyed by address. */
    resend: RateLimiter;
  };
  tokens: TokenService;
  webhooks: WebhookDispatcher;
  directory: Directory;
  biometrics: BiometricEngine | undefined;
  /**
   * Hands a code to every provider (outbox first). False when a provider failed: the caller
   * answers 502 rather than let the failure become a 500.
   */
  deliver(message: DeliveryMessage): Promise<boolean>;
  /** Back to the seeded world: codes, outbox, limits, projects, clock. Keys stay. */
  reset(): void;
}

export type EmulatorEnv = { Variables: { clientId: string } };
export type EmulatorApp = Hono<EmulatorEnv>;

const MINUTE_MS = 60_000;
const THIRTY_DAYS_SECONDS = 30 * 24 * 60 * 60;

export function resolveOptions(options: EmulatorOptions): ResolvedEmulatorOptions {
  return {
    codeTtlMs: options.codeTtlMs ?? 10 * MINUTE_MS,
    maxAttempts: options.maxAttempts ?? 5,
    rateLimits: {
      emailPerWindow: 5,
      phonePerWindow: 3,
      biometricPerWindow: 10,
      windowMs: MINUTE_MS,
      ...options.rateLimits,
    },
    resendCooldownSeconds: options.resendCooldownSeconds ?? 30,
    endUserTokenTtlSeconds: options.endUserTokenTtlSeconds ?? 3600,
    clientTokenTtlSeconds: options.clientTokenTtlSeconds ?? THIRTY_DAYS_SECONDS,
    corsOrigins: options.corsOrigins,
    maxBodyBytes: options.maxBodyBytes ?? 4 * 1024 * 1024,
    controls: options.controls ?? true,
    seed: options.seed ?? DEV_WORLD,
  };
}

export function createEmulatorContext(options: EmulatorOptions): EmulatorContext {
  const resolved = resolveOptions(options);
  const clock = createClock(options.clockOffsetMs ?? 0, options.now ?? Date.now);
  // Bound late so a browser's fetch is never called detached from `globalThis`.
  const outboundFetch: typeof fetch =
    options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const outbox = createOutbox();
  const providers: DeliveryProvider[] = [outbox, ...(options.deliveryProviders ?? [])];
  const { rateLimits } = resolved;
  const limits = {
    email: createRateLimiter(rateLimits.emailPerWindow, rateLimits.windowMs, clock),
    phone: createRateLimiter(rateLimits.phonePerWindow, rateLimits.windowMs, clock),
    biometric: createRateLimiter(rateLimits.biometricPerWindow, rateLimits.windowMs, clock),
    resend: createCooldown(resolved.resendCooldownSeconds, clock),
  };
  const accounts = createAccountStore(resolved.seed);
  const otps = createOtpStore({
    clock,
    codeTtlMs: resolved.codeTtlMs,
    maxAttempts: resolved.maxAttempts,
  });
  const webhooks = createWebhookDispatcher({
    clock,
    fetch: outboundFetch,
    retry: { attempts: 5, baseDelayMs: 500, timeoutMs: 5000, ...options.webhookRetry },
    wallClock: options.now ?? Date.now,
  });

  return {
    options: resolved,
    clock,
    outbox,
    accounts,
    otps,
    limits,
    tokens: createTokenService({
      clock,
      endUserTokenTtlSeconds: resolved.endUserTokenTtlSeconds,
      clientTokenTtlSeconds: resolved.clientTokenTtlSeconds,
    }),
    webhooks,
    directory: createDirectory({
      fetch: outboundFetch,
      timeoutMs: options.directoryTimeoutMs ?? 5000,
    }),
    biometrics: options.biometrics,
    async deliver(message) {
      let delivered = true;
      for (const provider of providers) {
        try {
          await provider.deliver(message);
        } catch {
          // Only the provider's name: its error may carry the address or the code.
          console.warn(`[emulator] delivery provider "${provider.name}" failed`);
          delivered = false;
        }
      }
      return delivered;
    },
    reset() {
      otps.reset();
      outbox.clear();
      for (const limiter of Object.values(limits)) limiter.reset();
      accounts.reset();
      webhooks.reset();
      clock.reset();
    },
  };
}
