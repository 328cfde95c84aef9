import type { PrecheckCapture } from './facePrecheck';
import { canvasToJpegBase64, snapshot } from './jpegCapture';

/** What the face step sends once the pre-check passes: base64 JPEGs, no `data:` prefix. */
export interface FaceCaptures {
  /** The best frame: sharp, centred, eyes open, face large enough. */
  best: string;
  /** Frames around the blink (open, closed, open) and the best one, for the server's liveness check (2-8). */
  sequence: string[];
}

/**
 * Keeps the frames the pre-check asks for, as canvases, and encodes them only at the end.
 * Nothing is drawn on frames the pre-check does not ask for. The open-eyed frame before a blink
 * is the best frame as it stood when the eyes closed.
 */
export function createFrameCollector() {
  let best: HTMLCanvasElement | undefined;
  let pending: HTMLCanvasElement[] = [];
  let blink: HTMLCanvasElement[] = [];
  return {
    keep(video: HTMLVideoElement, captures: readonly PrecheckCapture[]): void {
      if (captures.length === 0) return;
      const frame = snapshot(video);
      for (const capture of captures) {
        if (capture === 'best') best = frame;
        if (capture === 'blink_start') pending = best ? [best, frame] : [frame];
        if (capture === 'blink_end') blink = [...pending, frame];
      }
    },
    result(): FaceCaptures | undefined {
      if (!best) return undefined;
      const frames = [...new Set([...blink, best])].slice(-8);
      return {
        best: canvasToJpegBase64(best),
        sequence: frames.map((frame) => canvasToJpegBase64(frame)),
      };
    },
    clear(): void {
      best = undefined;
      pending = [];
      blink = [];
    },
  };
}

export type FrameCollector = ReturnType<typeof createFrameCollector>;
