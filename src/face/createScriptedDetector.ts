import { VerifikError, type VerifikErrorCode } from '../core/errors';
import type { FaceDetector, FaceDetectorLoadOptions } from './FaceDetector';
import type { FrameSignals } from './frameSignals';

export interface ScriptedDetectorOptions {
  /** The signals to replay, one per `detect` call, looping; or a function of the call index. */
  frames: readonly FrameSignals[] | ((index: number) => FrameSignals);
  /** How long `load` takes, reporting progress in steps. Default 0. */
  loadMs?: number;
  /** Make `load` reject with this code (e.g. `model_load_failed`). */
  loadError?: VerifikErrorCode;
  /** Never finish loading (to show the loading state). */
  loadForever?: boolean;
}

/**
 * A detector that replays recorded or hand-written signals instead of running a model: for
 * stories, component tests, and the pre-check tests that replay sequences recorded in Chromium.
 * Timestamps come from the caller, as with the real detector.
 */
export function createScriptedDetector(options: ScriptedDetectorOptions): FaceDetector {
  let index = 0;
  let loaded = false;
  const frameAt = (i: number): FrameSignals | undefined => {
    if (typeof options.frames === 'function') return options.frames(i);
    return options.frames.length ? options.frames[i % options.frames.length] : undefined;
  };
  return {
    async load(loadOptions: FaceDetectorLoadOptions = {}) {
      const steps = 4;
      for (let step = 1; step <= steps; step++) {
        await new Promise((resolve) => setTimeout(resolve, (options.loadMs ?? 0) / steps));
        loadOptions.onProgress?.(step / steps);
      }
      if (options.loadForever) await new Promise<never>(() => undefined);
      if (options.loadError) throw new VerifikError(options.loadError, 'Scripted load failure.');
      loaded = true;
    },
    detect(_frame, timestampMs) {
      if (!loaded) throw new VerifikError('usage', 'detect() called before load() finished.');
      const frame = frameAt(index++);
      if (!frame) return { timestampMs, width: 640, height: 480, faces: [] };
      return { ...frame, timestampMs };
    },
    close() {
      loaded = false;
    },
  };
}
