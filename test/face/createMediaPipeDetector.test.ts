import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VerifikError } from '../../src/core/errors';
import { createMediaPipeDetector } from '../../src/face/createMediaPipeDetector';

/** A model host that answers 404 on /missing and never answers on /hang. */
let server: Server;
let base = '';
beforeAll(async () => {
  server = createServer((request, response) => {
    if (request.url === '/missing') {
      response.statusCode = 404;
      response.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  base = typeof address === 'object' && address ? `http://127.0.0.1:${address.port}` : '';
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

async function loadError(
  modelAssetPath: string,
  loadTimeoutMs: number,
): Promise<VerifikError | undefined> {
  const detector = createMediaPipeDetector({
    modelAssetPath,
    wasmBasePath: `${base}/wasm`,
    loadTimeoutMs,
  });
  try {
    await detector.load();
    return undefined;
  } catch (error) {
    return error instanceof VerifikError ? error : undefined;
  } finally {
    detector.close();
  }
}

describe('createMediaPipeDetector loading', () => {
  it('reports a model that cannot be fetched as model_load_failed', async () => {
    const error = await loadError(`${base}/missing`, 10_000);
    expect(error?.code).toBe('model_load_failed');
  });

  it('reports a model host that never answers as model_load_timeout, after the configured time', async () => {
    const error = await loadError(`${base}/hang`, 300);
    expect(error?.code).toBe('model_load_timeout');
  });
});
