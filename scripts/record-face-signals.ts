/**
 * Records the per-frame signals the real detector (derived model, tasks-vision wasm, CPU) reports
 * in Chromium on each test clip, into test/face/fixtures/*.json: signals only, no images. The
 * pre-check unit tests replay them. Usage: `tsx scripts/record-face-signals.ts [frames]`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from '../e2e/support/chromium';
import { buildClips, type ClipName } from '../e2e/support/faceClips';
import type { HarnessResult } from '../e2e/support/faceHarness';
import { startViteServer } from '../e2e/support/startViteServer';

const frames = Number(process.argv[2] ?? 150);
const outDir = 'test/face/fixtures';
const clipNames: ClipName[] = ['blink', 'still', 'no_face'];

// Three decimals is far below the model's own jitter and keeps the fixtures small and diffable.
function rounded(_key: string, value: unknown): unknown {
  return typeof value === 'number' && !Number.isInteger(value)
    ? Math.round(value * 1000) / 1000
    : value;
}

const clips = buildClips();
const vite = await startViteServer();
try {
  mkdirSync(outDir, { recursive: true });
  for (const name of clipNames) {
    const browser = await launchChromium({ fakeVideo: clips.path(name) });
    try {
      const page = await browser.newPage();
      await page.goto(`${vite.url}/e2e/support/faceHarness.html`);
      await page.waitForFunction(() => 'faceHarness' in window);
      const result: HarnessResult = await page.evaluate(
        (count) => window.faceHarness.run({ frames: count }),
        frames,
      );
      const start = result.signals[0]?.timestampMs ?? 0;
      const signals = result.signals.map((signal) => ({
        ...signal,
        timestampMs: signal.timestampMs - start,
      }));
      const file = join(outDir, `${name}.json`);
      writeFileSync(
        file,
        `${JSON.stringify({ clip: name, model: 'derived face_landmarker.task (EAR)', delegate: 'CPU', signals }, rounded)}\n`,
      );
      console.log(
        `${file}: ${signals.length} frames, ${signals.filter((s) => s.faces.length > 0).length} with a face`,
      );
    } finally {
      await browser.cleanup();
    }
  }
} finally {
  await vite.close();
  clips.remove();
}
