import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Plugin } from 'vite';
import { createEmulator, type Emulator } from '../emulator/app';
import { createFaceApiEngine } from '../emulator/biometrics/faceApiEngine';

/** Where the page sends Access API calls; the dev server forwards them with the client token. */
export const ACCESS_PROXY_PATH = '/api/access';
/** Dev-only: the outbox of codes, so the demo can be used without a mailbox or a phone. */
export const DEV_OUTBOX_PATH = '/api/dev/outbox';

// Access API bodies are JSON text (face images are base64 inside it).
async function readBody(request: IncomingMessage): Promise<string | undefined> {
  if (request.method === 'GET' || request.method === 'HEAD') return undefined;
  const chunks: Buffer[] = [];
  for await (const chunk of request)
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString('utf8');
}

async function send(response: ServerResponse, answer: Response): Promise<void> {
  response.statusCode = answer.status;
  answer.headers.forEach((value, name) => {
    // The page is same-origin with the proxy: the emulator's CORS headers mean nothing here.
    if (!name.startsWith('access-control-')) response.setHeader(name, value);
  });
  response.end(Buffer.from(await answer.arrayBuffer()));
}

/**
 * The pattern the README recommends to integrators, in a Vite plugin: the server holds the client
 * JWT and forwards `/api/access/*` to the Access API (here the emulator, in this process) with
 * `Authorization: Bearer`, so the page never sees the token.
 */
export function verifikDevServer(): Plugin {
  let emulator: Promise<Emulator> | undefined;
  return {
    name: 'verifik-dev-server',
    apply: 'serve',
    configureServer(server) {
      server.httpServer?.once('close', () => void emulator?.then((instance) => instance.close()));
      server.middlewares.use((request, response, next) => {
        const url = request.url ?? '/';
        const forwarded = forwardedPath(url);
        if (forwarded === undefined) return next();
        // Created on first use: Vitest also builds a dev server from this config.
        // The face engine loads its models on the first biometric call, not here.
        emulator ??= createEmulator({ biometrics: createFaceApiEngine() });
        const origin = `http://${request.headers.host ?? 'localhost'}`;
        void (async () => {
          const instance = await emulator;
          const headers = new Headers();
          const contentType = request.headers['content-type'];
          if (contentType) headers.set('content-type', contentType);
          if (forwarded.withToken)
            headers.set('authorization', `Bearer ${instance.world.clientToken}`);
          const body = await readBody(request);
          const answer = await instance.fetch(
            new Request(`${origin}${forwarded.path}`, { method: request.method, headers, body }),
          );
          await send(response, answer);
        })().catch((error: unknown) => {
          console.error('[verifik-dev-server]', error instanceof Error ? error.name : 'error');
          response.statusCode = 502;
          response.end();
        });
      });
    },
  };
}

function forwardedPath(url: string): { path: string; withToken: boolean } | undefined {
  if (url.startsWith(`${ACCESS_PROXY_PATH}/`)) {
    return { path: `/v2/access/${url.slice(ACCESS_PROXY_PATH.length + 1)}`, withToken: true };
  }
  if (url === DEV_OUTBOX_PATH || url.startsWith(`${DEV_OUTBOX_PATH}?`)) {
    return { path: `/__emulator/outbox${url.slice(DEV_OUTBOX_PATH.length)}`, withToken: false };
  }
  // Public keys, so a token from the demo can be verified against the issuer it names.
  if (url === '/.well-known/jwks.json') return { path: url, withToken: false };
  return undefined;
}
