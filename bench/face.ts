/**
 * Face pipeline figures in headless Chromium on the fake camera (blink clip, derived model, CPU
 * delegate): model load, per-frame detection median and p90, frames processed per second, and
 * time from camera start to a passed pre-check. Printed, never asserted. Budget: >= 20 fps.
 * Usage: `npx tsx bench/face.ts [frames]`.
 */
import { launchChromium } from '../e2e/support/chromium';
import { buildClips } from '../e2e/support/faceClips';
import type { HarnessResult } from '../e2e/support/faceHarness';
import { startViteServer } from '../e2e/support/startViteServer';

const frames = Number(process.argv[2] ?? 300);

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}

const clips = buildClips();
const vite = await startViteServer();
try {
  const browser = await launchChromium({ fakeVideo: clips.path('blink') });
  try {
    const page = await browser.newPage();
    await page.goto(`${vite.url}/e2e/support/faceHarness.html`);
    await page.waitForFunction(() => 'faceHarness' in window);
    // A first run warms the dev server's transforms and the HTTP cache, as a returning visitor's would be.
    await page.evaluate(() => window.faceHarness.run({ frames: 5 }));
    for (const maxFaces of [2, 1]) {
      const result: HarnessResult = await page.evaluate(
        ([count, faces]) => window.faceHarness.run({ frames: count, maxFaces: faces }),
        [frames, maxFaces] as const,
      );
      const steady = result.detectMs.slice(10);
      const fps = (result.signals.length / result.elapsedMs) * 1000;
      console.log(
        `face bench, maxFaces ${maxFaces}${maxFaces === 2 ? ' (default)' : ''}: ${result.signals.length} frames of the blink clip (640x480, CPU delegate, derived model)`,
      );
      console.log(`  model load (wasm + model, warm cache): ${result.loadMs.toFixed(0)} ms`);
      console.log(
        `  detection per frame: median ${quantile(steady, 0.5).toFixed(1)} ms, p90 ${quantile(steady, 0.9).toFixed(1)} ms`,
      );
      console.log(
        `  frames processed: ${fps.toFixed(1)} per second (budget >= 20; the camera gives about 30)`,
      );
      console.log(
        `  camera start to passed pre-check: ${result.cameraToPassMs === undefined ? 'did not pass' : `${result.cameraToPassMs.toFixed(0)} ms`}`,
      );
    }
  } finally {
    await browser.cleanup();
  }
} finally {
  await vite.close();
  clips.remove();
}
