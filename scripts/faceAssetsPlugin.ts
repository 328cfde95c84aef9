import { createReadStream, existsSync } from 'node:fs';
import { dirname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { buildFaceModels } from './build-face-models';
import { LOCAL_WASM_BASE_PATH } from './faceAssetUrls';

const wasmDir = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '../node_modules/@mediapipe/tasks-vision/wasm',
);

/**
 * Dev-only: builds the derived face models into public/models (served by Vite as public files)
 * and serves tasks-vision's wasm from node_modules at LOCAL_WASM_BASE_PATH, so nothing 13 MB is
 * copied or committed and the dev server works offline.
 */
export function faceAssetsPlugin(): Plugin {
  return {
    name: 'verifik-face-assets',
    apply: 'serve',
    configureServer(server) {
      buildFaceModels();
      server.middlewares.use((request, response, next) => {
        const path = (request.url ?? '').split('?')[0] ?? '';
        if (!path.startsWith(`${LOCAL_WASM_BASE_PATH}/`)) return next();
        const file = normalize(
          join(wasmDir, decodeURIComponent(path.slice(LOCAL_WASM_BASE_PATH.length))),
        );
        if (!file.startsWith(`${wasmDir}/`) || !existsSync(file)) return next();
        response.setHeader(
          'content-type',
          file.endsWith('.wasm') ? 'application/wasm' : 'text/javascript',
        );
        response.setHeader('cache-control', 'max-age=3600');
        createReadStream(file).pipe(response);
      });
    },
  };
}
