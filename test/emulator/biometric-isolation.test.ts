import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const HEAVY = /^(@vladmandic\/face-api|@tensorflow\/|jpeg-js|pngjs|node:)/;

/** Every package a module pulls in, following its relative imports (type-only ones excluded). */
function packagesReachableFrom(entry: string): Map<string, string> {
  const packages = new Map<string, string>();
  const seen = new Set<string>();
  const pending = [resolve(root, entry)];
  while (pending.length > 0) {
    const file = pending.pop();
    if (file === undefined || seen.has(file)) continue;
    seen.add(file);
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    for (const statement of source.statements) {
      if (!ts.isImportDeclaration(statement) && !ts.isExportDeclaration(statement)) continue;
      if (ts.isImportDeclaration(statement) && statement.importClause?.isTypeOnly) continue;
      if (ts.isExportDeclaration(statement) && statement.isTypeOnly) continue;
      const specifier = statement.moduleSpecifier;
      if (!specifier || !ts.isStringLiteral(specifier)) continue;
      const name = specifier.text;
      if (!name.startsWith('.')) {
        packages.set(name, file.slice(root.length + 1));
        continue;
      }
      const base = resolve(dirname(file), name);
      const candidates = [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts')];
      const found = candidates.find((candidate) => existsSync(candidate));
      if (found) pending.push(found);
    }
  }
  return packages;
}

describe('the face engine stays out of the browser', () => {
  it('createEmulator (used by Storybook through MSW) reaches no face-api, tfjs, image codec or node: module', () => {
    const heavy = [...packagesReachableFrom('emulator/app.ts')].filter(([name]) => HEAVY.test(name));
    expect(heavy).toEqual([]);
  });

  it('the widget entry reaches none of them either', () => {
    const heavy = [...packagesReachableFrom('src/index.ts')].filter(([name]) => HEAVY.test(name));
    expect(heavy).toEqual([]);
  });

  it('the Node server does reach the engine, so the check above can see one', () => {
    const packages = packagesReachableFrom('emulator/server.ts');
    expect([...packages.keys()].filter((name) => HEAVY.test(name))).toEqual(
      expect.arrayContaining(['jpeg-js', 'pngjs', 'node:module']),
    );
  });
});
