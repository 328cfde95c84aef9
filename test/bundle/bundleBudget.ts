import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { build, type Rolldown } from 'vite';

export type OutputChunk = Rolldown.OutputChunk;

export interface BundleFigures {
  /** min+gzip bytes a host loads before the user picks a method (entry and its static imports). */
  entry: number;
  /** min+gzip bytes for email and phone: the entry plus the lazy phone step and its imports. */
  emailAndPhone: number;
  chunks: { fileName: string; gzip: number; lazy: boolean }[];
}

/** The chunks a host app ships, and the walks over them that the budgets need. */
export interface HostBundle {
  chunks: OutputChunk[];
  entry: OutputChunk;
  /** The first chunk holding a module whose path contains `path`. */
  chunkWith(path: string): OutputChunk;
  /** Whether `chunk` holds a module whose path contains `path`. */
  has(chunk: OutputChunk, path: string): boolean;
  /**
   * Every chunk reachable from `start` through static imports (and dynamic ones if asked), not
   * walking into or through the chunks in `loaded` (what the page already has).
   */
  closure(
    start: OutputChunk[],
    options?: { dynamic?: boolean; loaded?: Set<OutputChunk> },
  ): Set<OutputChunk>;
  gzip(chunk: OutputChunk): number;
}

const root = resolve(import.meta.dirname, '../..');
const PEERS = [/^react($|\/)/, /^react-dom($|\/)/, /^@tanstack\/react-query($|\/)/];

/**
 * Builds what a host app ships for `import { VerifikAccess } from '@verifik/access-react'`: the
 * package entry tree-shaken to that one export by the host's bundler, minified, peers external.
 */
export async function buildHostBundle(): Promise<HostBundle> {
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
    const byName = new Map<string, OutputChunk>();
    for (const item of outputs) if (item.type === 'chunk') byName.set(item.fileName, item);
    const chunks = [...byName.values()];
    const has = (chunk: OutputChunk, path: string) =>
      chunk.moduleIds.some((id) => id.includes(path));
    const entry = chunks.find((chunk) => chunk.isEntry);
    if (!entry) throw new Error('no entry chunk in the build output');
    return {
      chunks,
      entry,
      has,
      chunkWith(path) {
        const found = chunks.find((chunk) => has(chunk, path));
        if (!found) throw new Error(`no chunk holds ${path}`);
        return found;
      },
      closure(start, options = {}) {
        const seen = new Set<OutputChunk>();
        const visit = (chunk: OutputChunk) => {
          if (seen.has(chunk) || options.loaded?.has(chunk)) return;
          seen.add(chunk);
          const next = options.dynamic
            ? [...chunk.imports, ...chunk.dynamicImports]
            : chunk.imports;
          for (const name of next) {
            const imported = byName.get(name);
            if (imported) visit(imported);
          }
        };
        start.forEach(visit);
        return seen;
      },
      gzip: (chunk) => gzipSync(chunk.code, { level: 9 }).length,
    };
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

/** The email and phone budgets' figures. */
export async function measureBundle(bundle?: HostBundle): Promise<BundleFigures> {
  const host = bundle ?? (await buildHostBundle());
  const phone = host.chunkWith('src/components/PhoneStep.tsx');
  const sum = (set: Set<OutputChunk>) =>
    [...set].reduce((total, chunk) => total + host.gzip(chunk), 0);
  const eager = host.closure([host.entry]);
  return {
    entry: sum(eager),
    emailAndPhone: sum(host.closure([host.entry, phone])),
    chunks: host.chunks.map((chunk) => ({
      fileName: chunk.fileName,
      gzip: host.gzip(chunk),
      lazy: !eager.has(chunk),
    })),
  };
}
