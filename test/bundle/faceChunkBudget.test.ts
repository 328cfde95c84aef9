import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { build, type Rolldown } from 'vite';
import { describe, expect, it } from 'vitest';

type OutputChunk = Rolldown.OutputChunk;
const KB = 1000;
const root = resolve(import.meta.dirname, '../..');

/**
 * What opening the face step costs a host that ships `<VerifikAccess>`: the lazy chunks the face
 * step pulls in beyond the entry (its own code, react-webcam, tasks-vision's JS), min+gzip,
 * without the wasm and the model, which are fetched at run time from the configured URLs.
 */
async function measureFaceStep() {
  const outDir = mkdtempSync(join(tmpdir(), 'verifik-face-bundle-'));
  const hostEntry = join(outDir, 'host.ts');
  writeFileSync(
    hostEntry,
    `export { VerifikAccess } from ${JSON.stringify(join(root, 'src/index.ts'))};\n`,
  );
  try {
    const result = await build({
      configFile: false,
      root,
      logLevel: 'silent',
      plugins: [react()],
      build: {
        outDir,
        write: false,
        minify: true,
        sourcemap: false,
        lib: { entry: hostEntry, formats: ['es'], fileName: 'index' },
        rollupOptions: {
          external: [/^react($|\/)/, /^react-dom($|\/)/, /^@tanstack\/react-query($|\/)/],
        },
      },
    });
    const outputs = (Array.isArray(result) ? result : [result]).flatMap((entry) =>
      'output' in entry ? entry.output : [],
    );
    const chunks = new Map<string, OutputChunk>();
    for (const item of outputs) if (item.type === 'chunk') chunks.set(item.fileName, item);
    const closure = (start: OutputChunk, follow: (chunk: OutputChunk) => string[]) => {
      const seen = new Set<OutputChunk>();
      const visit = (chunk: OutputChunk) => {
        if (seen.has(chunk)) return;
        seen.add(chunk);
        for (const name of follow(chunk)) {
          const next = chunks.get(name);
          if (next) visit(next);
        }
      };
      visit(start);
      return seen;
    };
    const has = (chunk: OutputChunk, path: string) =>
      chunk.moduleIds.some((id) => id.includes(path));
    const entry = [...chunks.values()].find((chunk) => chunk.isEntry);
    const faceStep = [...chunks.values()].find((chunk) =>
      has(chunk, 'src/components/face/FaceStep.tsx'),
    );
    if (!entry || !faceStep) throw new Error('entry or face step chunk not found');
    const eager = closure(entry, (chunk) => chunk.imports);
    const face = [
      ...closure(faceStep, (chunk) => [...chunk.imports, ...chunk.dynamicImports]),
    ].filter((chunk) => !eager.has(chunk));
    const gzip = (chunk: OutputChunk) => gzipSync(chunk.code, { level: 9 }).length;
    return {
      eagerHasMediaPipe: [...eager].some(
        (chunk) => has(chunk, '@mediapipe/tasks-vision') || has(chunk, 'react-webcam'),
      ),
      faceStepSeparate: !eager.has(faceStep),
      face: face.map((chunk) => ({
        fileName: chunk.fileName,
        gzip: gzip(chunk),
        mediapipe: has(chunk, '@mediapipe/tasks-vision'),
      })),
    };
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

describe('face step bundle budget (min+gzip)', () => {
  it('keeps MediaPipe and the camera out of the entry, and the face step chunks <= 60 kB', async () => {
    const figures = await measureFaceStep();
    const total = figures.face.reduce((sum, chunk) => sum + chunk.gzip, 0);
    const own = figures.face
      .filter((chunk) => !chunk.mediapipe)
      .reduce((sum, chunk) => sum + chunk.gzip, 0);
    console.warn(
      [
        `face step, lazily loaded: ${(total / KB).toFixed(1)} kB (without tasks-vision: ${(own / KB).toFixed(1)} kB)`,
        ...figures.face.map(
          (chunk) =>
            `  ${chunk.fileName} ${(chunk.gzip / KB).toFixed(1)} kB${chunk.mediapipe ? ' (tasks-vision)' : ''}`,
        ),
      ].join('\n'),
    );
    expect(figures.faceStepSeparate).toBe(true);
    expect(figures.eagerHasMediaPipe).toBe(false);
    expect(figures.face.some((chunk) => chunk.mediapipe)).toBe(true);
    expect(total).toBeLessThanOrEqual(60 * KB);
  }, 120_000);
});
