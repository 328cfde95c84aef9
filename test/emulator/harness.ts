import { z } from 'zod';
import {
  startEmulatorServer,
  type EmulatorServer,
  type EmulatorServerOptions,
} from '../../emulator/server';

export interface CallResult {
  status: number;
  headers: Headers;
  text: string;
  json: unknown;
}

export interface Harness {
  server: EmulatorServer;
  url: string;
  /** The seeded dev client's Bearer. */
  token: string;
  projectId: string;
  call(
    method: string,
    path: string,
    body?: unknown,
    options?: { token?: string | null; rawBody?: string; headers?: Record<string, string> },
  ): Promise<CallResult>;
  /** The newest code the outbox holds for an address, read over HTTP. */
  latestCode(to: string): Promise<string>;
  close(): Promise<void>;
}

const outboxSchema = z.object({
  success: z.literal(true),
  data: z.array(
    z.object({
      channel: z.enum(['email', 'sms', 'whatsapp']),
      to: z.string(),
      code: z.string(),
      validation_id: z.string(),
      sent_at: z.string(),
    }),
  ),
});

export async function startHarness(options: EmulatorServerOptions = {}): Promise<Harness> {
  const server = await startEmulatorServer({ port: 0, ...options });
  const { world } = server.emulator;

  async function call(
    method: string,
    path: string,
    body?: unknown,
    callOptions: { token?: string | null; rawBody?: string; headers?: Record<string, string> } = {},
  ): Promise<CallResult> {
    const token = callOptions.token === undefined ? world.clientToken : callOptions.token;
    const headers: Record<string, string> = { ...callOptions.headers };
    if (token !== null) headers['Authorization'] = `Bearer ${token}`;
    let payload: string | undefined = callOptions.rawBody;
    if (payload === undefined && body !== undefined) payload = JSON.stringify(body);
    if (payload !== undefined) headers['Content-Type'] ??= 'application/json';
    const response = await fetch(server.url + path, { method, headers, body: payload });
    const text = await response.text();
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
    return { status: response.status, headers: response.headers, text, json };
  }

  return {
    server,
    url: server.url,
    token: world.clientToken,
    projectId: world.projectId,
    call,
    async latestCode(to) {
      const result = await call(
        'GET',
        `/__emulator/outbox?to=${encodeURIComponent(to)}`,
        undefined,
        {
          token: null,
        },
      );
      const entry = outboxSchema.parse(result.json).data[0];
      if (!entry) throw new Error(`no code in the outbox for ${to}`);
      return entry.code;
    },
    close: () => server.close(),
  };
}

export function success<T extends z.ZodType>(result: CallResult, data: T): z.infer<T> {
  if (result.status >= 300)
    throw new Error(`expected success, got ${result.status}: ${result.text}`);
  const envelope = z
    .object({ success: z.literal(true), data: z.unknown(), message: z.string() })
    .parse(result.json);
  return data.parse(envelope.data);
}

const errorEnvelope = z.object({
  success: z.literal(false),
  error: z.string(),
  code: z.string(),
  details: z.record(z.string(), z.unknown()).optional(),
});

export type ErrorEnvelope = z.infer<typeof errorEnvelope>;

export function failure(result: CallResult): ErrorEnvelope & { status: number } {
  return { ...errorEnvelope.parse(result.json), status: result.status };
}

export const sendData = z.object({
  validation_id: z.string().regex(/^val_[0-9a-f]{24}$/),
  expires_at: z.iso.datetime(),
  status: z.literal('pending'),
  resend_after: z.number().int().nonnegative(),
  channel: z.enum(['sms', 'whatsapp']).optional(),
});

export const verifyData = z.object({
  validation_id: z.string(),
  status: z.literal('verified'),
  token: z.string(),
  token_type: z.literal('Bearer'),
  expires_at: z.iso.datetime(),
  method: z.enum(['email', 'phone']),
  subject: z.string(),
});

/** A code that is not `code`: the wrong guess tests need. */
export function wrongCode(code: string): string {
  return String((Number(code) + 1) % 1_000_000).padStart(6, '0');
}
