import { delay, http, HttpResponse } from 'msw';
import { setupWorker, type SetupWorker } from 'msw/browser';
import { createEmulator, type Emulator, type EmulatorOptions } from '../emulator/app';

/** How the story's network behaves: the real emulator, a dropped connection, or no answer yet. */
export type NetworkMode = 'up' | 'down' | 'hang' | 'hang-verify';

/** Same path as the demo: the page calls its own origin, the "server" adds the client token. */
export const STORY_BASE_URL = '/api/access';

let current: { emulator: Emulator; mode: NetworkMode } | undefined;
let worker: Promise<SetupWorker> | undefined;

function startWorker(): Promise<SetupWorker> {
  worker ??= (async () => {
    const instance = setupWorker(
      http.all(`${STORY_BASE_URL}/*`, async ({ request }) => {
        if (!current) return HttpResponse.error();
        if (current.mode === 'down') return HttpResponse.error();
        const url = new URL(request.url);
        const verifying = url.pathname.endsWith('/verify-otp');
        if (current.mode === 'hang' || (current.mode === 'hang-verify' && verifying))
          await delay('infinite');
        const path = url.pathname.slice(STORY_BASE_URL.length);
        const headers = new Headers({
          'content-type': request.headers.get('content-type') ?? 'application/json',
        });
        headers.set('authorization', `Bearer ${current.emulator.world.clientToken}`);
        const body = request.method === 'GET' ? undefined : await request.text();
        return current.emulator.fetch(
          new Request(`${url.origin}/v2/access${path}${url.search}`, {
            method: request.method,
            headers,
            body,
          }),
        );
      }),
    );
    await instance.start({ quiet: true, onUnhandledFrame: 'bypass' });
    return instance;
  })();
  return worker;
}

/**
 * A fresh emulator for each story (the real Hono app, running in the browser) behind MSW, so
 * every story starts from the seeded world with an empty outbox.
 */
export async function useStoryEmulator(
  options: EmulatorOptions,
  mode: NetworkMode,
): Promise<Emulator> {
  await startWorker();
  current?.emulator.close();
  const emulator = await createEmulator(options);
  current = { emulator, mode };
  return emulator;
}

/** The emulator behind the story being shown (for play functions: read the outbox, move time). */
export function storyEmulator(): Emulator {
  if (!current) throw new Error('no story emulator: the preview loader did not run');
  return current.emulator;
}
