import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { build, type Rolldown } from 'vite';

type OutputChunk = Rolldown.OutputChunk;

export interface BundleFigures {
  /** min+gzip bytes a host loads before the user picks a method (entry and its static imports). */
  entry: number;
  /** min+gzip bytes for email and phone: the entry plus the lazy phone step and its imports. */
  emailAndPhone: number;
  chunks: { fileName: string; gzip: number; lazy: boolean }[];
}

const root = resolve(import.meta.dirname, '../..');
const PEERS = [/^react($|\/)/, /^react-dom($|\/)/, /^@tanstack\/react-query($|\/)/];

/**
 * Builds what a host app ships for `import { VerifikAccess } from '@verifik/access-react'`: the
 * package entry tree-shaken to that one export by the host's bundler, minified, peers external.
 */
export async function measureBundle(): Promise<BundleFigures> {
  const outDir = mkdtempSync(join(tmpdir(), 'verifik-bundle-'));
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
        // An app's bundler may add exports to its entry (library mode may not); without that, every
        // module shared with the lazy face step would land in an extra eagerly loaded chunk.
        rollupOptions: { external: PEERS, preserveEntrySignatures: 'allow-extension' },
      },
    });
    const outputs = (Array.isArray(result) ? result : [result]).flatMap((entry) =>
      'output' in entry ? entry.output : [],
    );
    const chunks = new Map<string, OutputChunk>();
    for (const item of outputs) if (item.type === 'chunk') chunks.set(item.fileName, item);
    const gzip = (chunk: OutputChunk) => gzipSync(chunk.code, { level: 9 }).length;
    const closure = (start: OutputChunk[]): Set<OutputChunk> => {
      const seen = new Set<OutputChunk>();
      const visit = (chunk: OutputChunk) => {
        if (seen.has(chunk)) return;
        seen.add(chunk);
        for (const name of chunk.imports) {
          const next = chunks.get(name);
          if (next) visit(next);
        }
      };
      start.forEach(visit);
      return seen;
    };
    const entry = [...chunks.values()].find((chunk) => chunk.isEntry);
    const phone = [...chunks.values()].find((chunk) =>
      chunk.moduleIds.some((id) => id.endsWith('src/components/PhoneStep.tsx')),
    );
    if (!entry || !phone) throw new Error('entry or phone chunk not found in the build output');
    const sum = (set: Set<OutputChunk>) =>
      [...set].reduce((total, chunk) => total + gzip(chunk), 0);
    const eager = closure([entry]);
    return {
      entry: sum(eager),
      emailAndPhone: sum(closure([entry, phone])),
      chunks: [...chunks.values()].map((chunk) => ({
        fileName: chunk.fileName,
        gzip: gzip(chunk),
        lazy: !eager.has(chunk),
      })),
    };
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}
