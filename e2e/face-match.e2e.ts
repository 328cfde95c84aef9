import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRemoteJWKSet, jwtVerify } from 'jose';
import type { Page, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './support/chromium';
import { buildMatchClips, type MatchClipName, type MatchClipSet } from './support/faceMatchClips';
import { startViteServer } from './support/startViteServer';

/**
 * Enrol and sign in with a real face, end to end: the widget's face step in Chromium on the fake
 * webcam, against the dev server's emulator with the face-api engine. One man enrols with one
 * clip and signs in with another; then he tries to sign in as someone else (Grace Hopper, enrolled
 * from her photo) and the widget shows the mismatch.
 */
let clips: MatchClipSet;
let vite: Awaited<ReturnType<typeof startViteServer>>;
const userId = `face-match-${Date.now()}`;

beforeAll(async () => {
  clips = buildMatchClips();
  vite = await startViteServer();
  // The dev server transforms the page and the widget on the first visit: pay for it here, not
  // inside the first test's budget.
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.goto(`${vite.url}/e2e/support/faceMatchPage.html?intent=verify&userId=warm-up`);
    await page.getByRole('button').first().waitFor({ timeout: 170_000 });
  } finally {
    await browser.cleanup();
  }
}, 180_000);

afterAll(async () => {
  await vite?.close();
  clips?.remove();
});

async function withFaceStep(
  clip: MatchClipName,
  intent: 'register' | 'verify',
  user: string,
  run: (page: Page) => Promise<void>,
) {
  const browser = await launchChromium({ fakeVideo: clips.path(clip) });
  try {
    const page = await browser.newPage();
    await page.goto(
      `${vite.url}/e2e/support/faceMatchPage.html?intent=${intent}&userId=${encodeURIComponent(user)}`,
    );
    // With one method the widget may open on it or still offer the choice first.
    const choose = page.getByRole('button', { name: 'Continue with face' });
    const turnOn = page.getByRole('button', { name: 'Turn on camera' });
    await choose.or(turnOn).first().waitFor({ timeout: 60_000 });
    if (await choose.isVisible()) await choose.click();
    await turnOn.click();
    await run(page);
  } finally {
    await browser.cleanup();
  }
}

describe('face match through the widget', () => {
  it('enrols one man from a blink clip', async () => {
    await withFaceStep('enrol', 'register', userId, async (page) => {
      const response = await page.waitForResponse(
        (answer) => answer.url().endsWith('/biometric/register-face'),
        {
          timeout: 90_000,
        },
      );
      expect(response.status()).toBe(200);
      await page.waitForFunction(() => window.faceMatch.successes.length === 1, undefined, {
        timeout: 30_000,
      });
      expect(await page.evaluate(() => window.faceMatch.errors)).toEqual([]);
    });
  }, 150_000);

  it('signs him in from another clip, with a face token the JWKS verifies', async () => {
    await withFaceStep('same_person', 'verify', userId, async (page) => {
      const verify = await livenessThenVerify(page);
      expect(verify.status()).toBe(200);
      await page.waitForFunction(() => window.faceMatch.successes.length === 1, undefined, {
        timeout: 30_000,
      });
      const [success] = await page.evaluate(() => window.faceMatch.successes);
      expect(success).toMatchObject({ method: 'face', subject: userId });
      const origin = new URL(vite.url).origin;
      const jwks = createRemoteJWKSet(new URL(`${origin}/.well-known/jwks.json`));
      const { payload } = await jwtVerify(success?.token ?? '', jwks, {
        issuer: origin,
        audience: 'demo-project',
      });
      expect(payload).toMatchObject({ sub: userId, method: 'face', project: 'demo-project' });
    });
  }, 150_000);

  it('refuses him as someone else: FACE_MISMATCH in the UI, the attempts left to the host', async () => {
    // Grace Hopper enrols through the host's backend (the proxy adds the client token), the way a
    // real integration enrols from a photo it already holds.
    const other = `${userId}-grace`;
    const photo = readFileSync(
      resolve(
        dirname(fileURLToPath(import.meta.url)),
        '../test/fixtures/images/grace_hopper_512x512.jpg',
      ),
    );
    const enrolled = await fetch(`${vite.url}/api/access/biometric/register-face`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        user_id: other,
        project_id: 'demo-project',
        face_image: photo.toString('base64'),
      }),
    });
    expect(enrolled.status).toBe(200);

    await withFaceStep('same_person', 'verify', other, async (page) => {
      const verify = await livenessThenVerify(page);
      expect(verify.status()).toBe(401);
      expect(await verify.json()).toMatchObject({
        code: 'FACE_MISMATCH',
        details: { attempts_remaining: 4 },
      });
      await page
        .locator('.vfk-face-problem[data-code="face_mismatch"]')
        .waitFor({ timeout: 30_000 });
      await page
        .getByRole('alert')
        .filter({
          hasText: 'Your face did not match. Try again or use another method. 4 attempts left.',
        })
        .waitFor();
      expect(await page.evaluate(() => window.faceMatch.successes)).toEqual([]);
      // The host's onError gets the attempts left with the code.
      expect(await page.evaluate(() => window.faceMatch.errors)).toEqual([
        { code: 'face_mismatch', attemptsRemaining: 4 },
      ]);
    });
  }, 150_000);
});

/**
 * The server's own liveness verdict on the frames the widget sent around the blink must pass;
 * then the verify-face answer. Both waits start at once: verify-face can answer while the
 * liveness answer is still being read.
 */
async function livenessThenVerify(page: Page): Promise<Response> {
  const livenessAnswer = page.waitForResponse(
    (answer) => answer.url().endsWith('/biometric/liveness-check'),
    { timeout: 90_000 },
  );
  const verifyAnswer = page.waitForResponse(
    (answer) => answer.url().endsWith('/biometric/verify-face'),
    { timeout: 120_000 },
  );
  const liveness = await livenessAnswer;
  expect(liveness.status()).toBe(200);
  expect(await liveness.json()).toMatchObject({ data: { passed: true } });
  return verifyAnswer;
}
