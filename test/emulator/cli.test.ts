import { spawn, type ChildProcess } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';

let child: ChildProcess | undefined;

afterEach(() => {
  child?.kill('SIGTERM');
  child = undefined;
});

/** Starts `emulator/cli.ts` as `npm run emulator` does and collects its output. */
function startCli(args: string[], env: Record<string, string> = {}) {
  const started = spawn(process.execPath, ['--import', 'tsx', 'emulator/cli.ts', ...args], {
    cwd: new URL('../../', import.meta.url),
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child = started;
  let output = '';
  started.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  started.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  const waitFor = (pattern: RegExp) =>
    new Promise<RegExpExecArray>((resolve, reject) => {
      const check = () => {
        const match = pattern.exec(output);
        if (match) {
          clearInterval(timer);
          resolve(match);
        }
      };
      const timer = setInterval(check, 25);
      started.once('exit', (code) => {
        clearInterval(timer);
        reject(new Error(`the CLI exited with ${code}: ${output}`));
      });
    });
  return { waitFor, output: () => output };
}

describe('npm run emulator', () => {
  it('prints the port, the dev world and a working client token; codes only on outbox lines', async () => {
    const cli = startCli(['--port', '0']);
    const [, url] = await cli.waitFor(/listening on (http:\/\/127\.0\.0\.1:\d+)/);
    const [, token] = await cli.waitFor(/export VERIFIK_TOKEN=(\S+)/);
    expect(cli.output()).toContain('dev@example.com / +57 3001234567');
    expect(cli.output()).toContain('demo-project');
    expect(cli.output()).toMatch(/email, phone \(SMS and WhatsApp\), face/);

    const sent = await fetch(`${url}/v2/access/phone/send-whatsapp`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ phone: '+573001112233', project_id: 'demo-project' }),
    });
    expect(sent.status).toBe(200);
    const [, code] = await cli.waitFor(
      /\[outbox\] whatsapp to \+573001112233: code (\d{6}) \(validation val_\w+\)/,
    );
    // The code appears on its outbox line and nowhere else.
    expect(cli.output().split(code ?? '').length - 1).toBe(1);
  }, 30_000);

  it('takes the port from PORT', async () => {
    const cli = startCli([], { PORT: '0' });
    const [, port] = await cli.waitFor(/\(port (\d+)\)/);
    expect(Number(port)).toBeGreaterThan(0);
    expect(Number(port)).not.toBe(4010);
  }, 30_000);

  it('refuses a port that is not a number', async () => {
    const cli = startCli(['--port', 'abc']);
    await expect(cli.waitFor(/never/)).rejects.toThrow(/--port must be a port number/);
  }, 30_000);
});
