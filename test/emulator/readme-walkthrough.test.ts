import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness';

const run = promisify(execFile);
let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.close();
});

/** The bash block under "### Walk-through with curl", exactly as the README shows it. */
async function walkthrough(): Promise<string> {
  const readme = await readFile(new URL('../../README.md', import.meta.url), 'utf8');
  const section = readme.split('### Walk-through with curl')[1];
  const block = section ? /```bash\n([\s\S]*?)```/.exec(section)?.[1] : undefined;
  if (!block) throw new Error('README has no walk-through block');
  return block;
}

describe('the README curl walk-through', () => {
  it('runs as written and ends with a token valid against the JWKS', async () => {
    const script = await walkthrough();
    expect(script).toContain('BASE=http://127.0.0.1:4010\n');
    // Only the base URL changes: this emulator listens on a free port, not 4010.
    const pointed = script.replace('BASE=http://127.0.0.1:4010\n', `BASE=${h.url}\n`);
    const { stdout } = await run('bash', ['-c', `set -euo pipefail\n${pointed}`], {
      cwd: new URL('../../', import.meta.url),
      timeout: 60_000,
    });
    expect(stdout).toContain('"kty":"EC"');
    expect(stdout).toMatch(/valid ES256 token/);
    expect(stdout).toMatch(/sub\s+ana@example\.com/);
    expect(stdout).toMatch(/project\s+demo-project/);
    expect(stdout).toMatch(/method\s+email/);
    // It ran through the real routes: the outbox holds the client's and the user's codes.
    expect(h.server.emulator.outbox.list().map((entry) => entry.to)).toEqual([
      'ana@example.com',
      'dev@example.com',
    ]);
  }, 60_000);
});
