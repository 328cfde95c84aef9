import type { Clock } from './clock';
import { randomId } from './random';

export type WebhookEventType =
  'otp.sent' | 'otp.verified' | 'otp.failed' | 'otp.locked' | 'otp.expired';

export const WEBHOOK_EVENT_TYPES: readonly WebhookEventType[] = [
  'otp.sent',
  'otp.verified',
  'otp.failed',
  'otp.locked',
  'otp.expired',
];

export const WEBHOOK_SIGNATURE_HEADER = 'Verifik-Signature';

export interface WebhookTarget {
  url: string;
  secret: string;
}

export interface WebhookEvent {
  id: string;
  type: WebhookEventType;
  /** ISO 8601, emulator time. */
  created_at: string;
  data: Record<string, unknown>;
}

export interface WebhookDelivery {
  event_id: string;
  type: WebhookEventType;
  url: string;
  attempts: number;
  state: 'pending' | 'delivered' | 'failed';
  /** HTTP status of the last attempt, or `network` when it never got one. */
  last_result: number | 'network' | null;
}

export interface WebhookRetryOptions {
  /** Total tries including the first. Default 5. */
  attempts: number;
  /** Delay before the second try; doubles each time. Default 500 ms. */
  baseDelayMs: number;
  /** Per-try timeout. Default 5000 ms. */
  timeoutMs: number;
}

export interface WebhookDispatcher {
  /** Queues an event for the target and returns at once: the API response never waits on it. */
  emit(
    target: WebhookTarget | undefined,
    type: WebhookEventType,
    data: Record<string, unknown>,
  ): void;
  /** Resolves when every queued delivery has succeeded or used up its retries. */
  idle(): Promise<void>;
  /** Newest first, bounded. */
  deliveries(): WebhookDelivery[];
  reset(): void;
  /** Stops retries and pending timers. */
  close(): void;
}

const encoder = new TextEncoder();

function toHex(bytes: ArrayBuffer): string {
  return Array.from(new Uint8Array(bytes), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** `t=<unix seconds>,v1=<hex HMAC-SHA256(secret, t + "." + rawBody)>`, Stripe's scheme. */
export async function signWebhookPayload(
  secret: string,
  timestampSeconds: number,
  rawBody: string,
): Promise<string> {
  const key = await crypto.subtle.importKey(
    'raw',
    encoder.encode(secret),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  const mac = await crypto.subtle.sign(
    'HMAC',
    key,
    encoder.encode(`${timestampSeconds}.${rawBody}`),
  );
  return `t=${timestampSeconds},v1=${toHex(mac)}`;
}

const LOG_CAPACITY = 200;

export function createWebhookDispatcher(options: {
  clock: Clock;
  fetch: typeof fetch;
  retry: WebhookRetryOptions;
  /** Wall time for the signature's `t`, so receivers can apply a freshness window. */
  wallClock?: () => number;
}): WebhookDispatcher {
  const { clock, retry } = options;
  const wallClock = options.wallClock ?? Date.now;
  const pending = new Set<Promise<void>>();
  const timers = new Map<ReturnType<typeof setTimeout>, () => void>();
  let log: WebhookDelivery[] = [];
  let closed = false;

  function sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        timers.delete(timer);
        resolve();
      }, ms);
      timers.set(timer, resolve);
    });
  }

  async function attempt(target: WebhookTarget, rawBody: string): Promise<number | 'network'> {
    const signature = await signWebhookPayload(
      target.secret,
      Math.floor(wallClock() / 1000),
      rawBody,
    );
    try {
      const response = await options.fetch(target.url, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          'User-Agent': 'verifik-access-emulator',
          [WEBHOOK_SIGNATURE_HEADER]: signature,
        },
        body: rawBody,
        signal: AbortSignal.timeout(retry.timeoutMs),
      });
      // The body is irrelevant; draining it frees the connection.
      await response.arrayBuffer().catch(() => undefined);
      return response.status;
    } catch {
      return 'network';
    }
  }

  async function deliver(
    target: WebhookTarget,
    event: WebhookEvent,
    record: WebhookDelivery,
  ): Promise<void> {
    const rawBody = JSON.stringify(event);
    for (let tryNumber = 0; tryNumber < retry.attempts && !closed; tryNumber += 1) {
      if (tryNumber > 0) await sleep(retry.baseDelayMs * 2 ** (tryNumber - 1));
      if (closed) break;
      record.attempts += 1;
      const result = await attempt(target, rawBody);
      record.last_result = result;
      if (typeof result === 'number' && result >= 200 && result < 300) {
        record.state = 'delivered';
        return;
      }
    }
    record.state = 'failed';
  }

  return {
    emit(target, type, data) {
      if (!target || closed) return;
      const event: WebhookEvent = {
        id: randomId('evt'),
        type,
        created_at: new Date(clock.now()).toISOString(),
        data,
      };
      const record: WebhookDelivery = {
        event_id: event.id,
        type,
        url: target.url,
        attempts: 0,
        state: 'pending',
        last_result: null,
      };
      log.unshift(record);
      if (log.length > LOG_CAPACITY) log = log.slice(0, LOG_CAPACITY);
      const running = deliver(target, event, record).finally(() => pending.delete(running));
      pending.add(running);
    },

    async idle() {
      while (pending.size > 0) await Promise.allSettled([...pending]);
    },

    deliveries: () => log.map((record) => ({ ...record })),

    reset() {
      log = [];
    },

    close() {
      closed = true;
      for (const [timer, wake] of timers) {
        clearTimeout(timer);
        wake();
      }
      timers.clear();
    },
  };
}
