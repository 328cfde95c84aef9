import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FrameSignals } from '../../src/face/frameSignals';

/** Signal sequences recorded from the real detector in Chromium (scripts/record-face-signals.ts). */
export type RecordedClip = 'blink' | 'still' | 'no_face';

export function recordedSignals(clip: RecordedClip): FrameSignals[] {
  const file = join(import.meta.dirname, 'fixtures', `${clip}.json`);
  const parsed: { signals: FrameSignals[] } = JSON.parse(readFileSync(file, 'utf8'));
  return parsed.signals;
}

/** Replays a clip in a loop (as the fake camera does) until `durationMs`, with advancing timestamps. */
export function loopFor(
  signals: FrameSignals[],
  durationMs: number,
  frameMs = 1000 / 30,
): FrameSignals[] {
  const frames: FrameSignals[] = [];
  for (let i = 0; i * frameMs <= durationMs; i++) {
    const frame = signals[i % signals.length];
    if (frame) frames.push({ ...frame, timestampMs: i * frameMs });
  }
  return frames;
}
