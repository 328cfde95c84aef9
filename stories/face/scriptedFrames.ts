import type { FaceSignals, FrameSignals } from '../../src/face/frameSignals';

/**
 * Hand-written per-frame signals for the scripted detector, shaped like what the real model
 * reports on the 640x480 test clips (see test/face/fixtures): a face about 280 px across.
 */
export interface FaceShape {
  width?: number;
  centreX?: number;
  centreY?: number;
  /** Eye aspect ratio of both eyes (about 0.27 open, 0.17 closed on the derived model). */
  eyes?: number;
  /** Nose position inside the box, 0..1 from the left. */
  noseX?: number;
}

export function face(shape: FaceShape = {}): FaceSignals {
  const width = shape.width ?? 280;
  const height = width * 1.2;
  const x = (shape.centreX ?? 320) - width / 2;
  const y = (shape.centreY ?? 240) - height / 2;
  const noseX = shape.noseX ?? 0.5;
  const eyes = shape.eyes ?? 0.27;
  return {
    box: { x, y, width, height },
    nose: { x: x + noseX * width, y: y + 0.6 * height },
    eyes: { source: 'aspect_ratio', left: eyes, right: eyes },
    yaw: (noseX - 0.5) * 2,
  };
}

export function frame(
  faces: FaceSignals[],
  light: { brightness?: number; sharpness?: number } = {},
): FrameSignals {
  return {
    timestampMs: 0,
    width: 640,
    height: 480,
    faces,
    brightness: light.brightness ?? 135,
    sharpness: light.sharpness ?? 0.8,
  };
}

const repeat = <T>(count: number, item: T): T[] => Array.from({ length: count }, () => item);

/** Open eyes for a while, a blink, a small head turn: what a live user in the oval does. */
export const LIVE_USER: FrameSignals[] = [
  ...repeat(20, frame([face()])),
  ...repeat(4, frame([face({ eyes: 0.16 })])),
  ...repeat(10, frame([face()])),
  ...repeat(10, frame([face({ noseX: 0.58 })])),
  ...repeat(10, frame([face()])),
];

/** A printed photo held still: never blinks, never turns. */
export const STILL_PHOTO: FrameSignals[] = [frame([face()])];

/** Blinks but holds the head perfectly still. */
export const BLINK_NO_TURN: FrameSignals[] = [
  ...repeat(20, frame([face()])),
  ...repeat(4, frame([face({ eyes: 0.16 })])),
  ...repeat(20, frame([face()])),
];
