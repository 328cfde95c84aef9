import { createRemoteJWKSet, jwtVerify } from 'jose';
import type { BrowserContext, Page } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './support/chromium';

// The demo exactly as `npm run dev` serves it: widget, token proxy, in-process emulator.
let server: ViteDevServer;
let origin: string;
let browser: Awaited<ReturnType<typeof launchChromium>>;
let context: BrowserContext;

beforeAll(async () => {
  server = await createServer({
    configFile: 'vite.config.ts',
    logLevel: 'error',
    server: { port: 0, host: '127.0.0.1', strictPort: false, hmr: false },
  });
  await server.listen();
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('the dev server has no local URL');
  origin = new URL(url).origin;
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
});

afterAll(async () => {
  await context?.close();
  await browser?.cleanup();
  await server?.close();
});

async function latestCode(to: string): Promise<{ code: string; channel: string }> {
  const response = await fetch(`${origin}/api/dev/outbox?to=${encodeURIComponent(to)}`);
  const body: { data: { code: string; channel: string }[] } = await response.json();
  const entry = body.data[0];
  if (!entry) throw new Error(`no code sent to ${to}`);
  return entry;
}

/** A real paste: the text goes on the system clipboard and Ctrl+V fires the browser's own event. */
async function pasteInto(page: Page, selector: string, text: string) {
  await page.evaluate((value) => navigator.clipboard.writeText(value), text);
  await page.focus(selector);
  await page.keyboard.press('ControlOrMeta+V');
}

const CODE_INPUT = 'input[autocomplete="one-time-code"]';

describe('the demo in Chromium', () => {
  it('email: type the address, paste the code from the outbox, get a token that verifies against the JWKS', async () => {
    const page = await context.newPage();
    await page.goto(origin);
    await page.getByRole('button', { name: 'Continue with email' }).click();
    await page.getByLabel('Email address').fill('e2e@example.com');
    await page.getByRole('button', { name: 'Send code' }).click();
    await page.getByRole('heading', { name: 'Enter your code' }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('autocomplete'))).toBe(
      'one-time-code',
    );

    const { code } = await latestCode('e2e@example.com');
    await pasteInto(page, CODE_INPUT, `${code.slice(0, 3)} - ${code.slice(3)}`);
    await page.getByRole('heading', { name: 'You are signed in' }).waitFor();

    const token = await page.getByTestId('demo-token').textContent();
    expect(token).toBeTruthy();
    const jwks = createRemoteJWKSet(new URL(`${origin}/.well-known/jwks.json`));
    const { payload, protectedHeader } = await jwtVerify(token ?? '', jwks, {
      issuer: origin,
      audience: 'demo-project',
    });
    expect(protectedHeader.alg).toBe('ES256');
    expect(payload).toMatchObject({
      sub: 'e2e@example.com',
      method: 'email',
      project: 'demo-project',
    });
    // The token went to onSuccess only.
    const stored = await page.evaluate(() => [
      localStorage.length,
      sessionStorage.length,
      document.cookie,
      location.href,
    ]);
    expect(stored).toEqual([0, 0, '', `${origin}/`]);
    await page.close();
  });

  it('phone by WhatsApp: a wrong code first (message, attempts left, code kept), then the right one', async () => {
    const page = await context.newPage();
    await page.goto(origin);
    await page.getByRole('button', { name: 'Continue with phone' }).click();
    await page.getByLabel('Country').selectOption('CO');
    await page.getByLabel('Phone number').fill('300 765 4321');
    await page.getByRole('radio', { name: 'WhatsApp' }).check();
    await page.getByRole('button', { name: 'Send code' }).click();
    await page.getByRole('heading', { name: 'Enter your code' }).waitFor();
    await page.locator('p', { hasText: 'We sent a 6-digit code to +573007654321.' }).waitFor();

    const { code, channel } = await latestCode('+573007654321');
    expect(channel).toBe('whatsapp');
    const wrong = code.slice(0, 5) + String((Number(code[5]) + 1) % 10);
    await page.locator(CODE_INPUT).pressSequentially(wrong);
    await page.getByText('That code is not right. 4 attempts left.').waitFor();
    expect(await page.locator(CODE_INPUT).inputValue()).toBe(wrong);

    await page.keyboard.press('Backspace');
    await page.keyboard.type(code.slice(5));
    await page.getByRole('heading', { name: 'You are signed in' }).waitFor();
    const token = (await page.getByTestId('demo-token').textContent()) ?? '';
    const jwks = createRemoteJWKSet(new URL(`${origin}/.well-known/jwks.json`));
    const { payload } = await jwtVerify(token, jwks, { issuer: origin, audience: 'demo-project' });
    expect(payload).toMatchObject({ sub: '+573007654321', method: 'phone' });
    await page.close();
  });

  it('code input: the caret stays after the last digit and a partial paste appends, in a real browser', async () => {
    const page = await context.newPage();
    await page.goto(origin);
    await page.getByRole('button', { name: 'Continue with email' }).click();
    await page.getByLabel('Email address').fill('caret@example.com');
    await page.getByRole('button', { name: 'Send code' }).click();
    await page.getByRole('heading', { name: 'Enter your code' }).waitFor();

    const input = page.locator(CODE_INPUT);
    await input.pressSequentially('12');
    const slots = page.locator('.vfk-code-slot');
    expect(await slots.nth(2).getAttribute('data-active')).toBe('true');
    // A click on the first slot must not put the real caret before the typed digits.
    const box = await slots.nth(0).boundingBox();
    if (!box) throw new Error('slot not visible');
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    expect(
      await input.evaluate((element: HTMLInputElement) => [
        element.selectionStart,
        element.selectionEnd,
      ]),
    ).toEqual([2, 2]);

    await pasteInto(page, CODE_INPUT, '3-4 5');
    expect(await input.inputValue()).toBe('12345');
    expect(await slots.nth(5).getAttribute('data-active')).toBe('true');
    expect(await slots.nth(4).textContent()).toBe('5');
    // Letters typed on a desktop keyboard are dropped, not inserted.
    await page.keyboard.type('x');
    expect(await input.inputValue()).toBe('12345');
    await page.close();
  });
});
