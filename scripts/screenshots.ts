/**
 * PNGs of every step of the demo, light and dark, en and es, at 360 and 1280 px wide, into
 * .artifacts/screenshots/ — to look at, not to assert. `npx tsx scripts/screenshots.ts`
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { createServer } from 'vite';
import { launchChromium } from '../e2e/support/chromium';

const OUT = join(process.cwd(), '.artifacts/screenshots');
const WIDTHS = [360, 1280] as const;
const LOCALES = ['en', 'es'] as const;
const SCHEMES = ['light', 'dark'] as const;

mkdirSync(OUT, { recursive: true });
const server = await createServer({
  configFile: 'vite.config.ts',
  logLevel: 'error',
  server: { port: 0, host: '127.0.0.1', strictPort: false, hmr: false },
});
await server.listen();
const origin = new URL(server.resolvedUrls?.local[0] ?? 'http://127.0.0.1:5173').origin;
const browser = await launchChromium();
let run = 0;

async function latestCode(to: string): Promise<string> {
  const response = await fetch(`${origin}/api/dev/outbox?to=${encodeURIComponent(to)}`);
  const body: { data: { code: string }[] } = await response.json();
  return body.data[0]?.code ?? '';
}

try {
  for (const width of WIDTHS) {
    for (const locale of LOCALES) {
      for (const scheme of SCHEMES) {
        const context = await browser.newContext({
          viewport: { width, height: 800 },
          colorScheme: scheme,
        });
        const page = await context.newPage();
        const shot = async (step: string) => {
          await page.waitForTimeout(150);
          await page.screenshot({
            path: join(OUT, `${step}-${locale}-${scheme}-${width}.png`),
            fullPage: true,
          });
        };
        const open = async () => {
          await page.goto(origin);
          await page.locator('.demo-controls select').nth(0).selectOption(locale);
          await page.locator('.demo-controls select').nth(1).selectOption(scheme);
          await page.locator('.vfk-root[data-step="method"]').waitFor();
        };
        await openAndShoot(page, open, shot);
        await page.close();
        await context.close();
      }
    }
  }
} finally {
  await browser.cleanup();
  await server.close();
}
console.log(`screenshots in ${OUT}`);

async function openAndShoot(
  page: Page,
  open: () => Promise<void>,
  shot: (step: string) => Promise<void>,
) {
  run += 1;
  const email = `shot-${run}@example.com`;
  await open();
  await shot('1-method');
  await page.locator('.vfk-method[data-method="email"]').click();
  await page.locator('input[type="email"]').fill('not-an-email');
  await page.locator('button[type="submit"]').click();
  await shot('2-email-invalid');
  await page.locator('input[type="email"]').fill(email);
  await page.locator('button[type="submit"]').click();
  await page.locator('.vfk-root[data-step="code"]').waitFor();
  await shot('3-code');
  const code = await latestCode(email);
  await page
    .locator('input[autocomplete="one-time-code"]')
    .pressSequentially(code.slice(0, 5) + String((Number(code[5]) + 1) % 10));
  await page.locator('.vfk-alert[data-state="shown"]').waitFor();
  await shot('4-code-wrong');
  await page.keyboard.press('Backspace');
  await page.keyboard.type(code.slice(5));
  await page.locator('.vfk-root[data-step="success"]').waitFor();
  await shot('5-success');
  await open();
  await page.locator('.vfk-method[data-method="phone"]').click();
  await page.locator('input[type="tel"]').fill('300 123 4567');
  await shot('6-phone');
  await open();
  await page.locator('.vfk-method[data-method="face"]').click();
  await page.locator('.vfk-root[data-step="face"] button').first().waitFor();
  await shot('7-face-intro');
}
