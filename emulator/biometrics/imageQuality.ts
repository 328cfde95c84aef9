import type { RgbaImage } from './decodeImage';

interface Region {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Faces are resampled to this side before measuring, so a big face is not "sharper" than a small one. */
const SAMPLE_SIDE = 96;

/**
 * Laplacian variance at which sharpness reads 0.5. Measured on the fixtures: in-focus faces give
 * 300 (a 720x576 video frame) to 2400 (a studio portrait); a box blur about 3 % of the face's
 * width across brings them under 100.
 */
const SHARPNESS_HALF_POINT = 100;

function luminanceAt(image: RgbaImage, x: number, y: number): number {
  const clampedX = Math.min(image.width - 1, Math.max(0, Math.round(x)));
  const clampedY = Math.min(image.height - 1, Math.max(0, Math.round(y)));
  const offset = (clampedY * image.width + clampedX) * 4;
  const red = image.data[offset] ?? 0;
  const green = image.data[offset + 1] ?? 0;
  const blue = image.data[offset + 2] ?? 0;
  return 0.299 * red + 0.587 * green + 0.114 * blue;
}

/** The region's luminance on a SAMPLE_SIDE square grid, each cell the mean of its source pixels' centre samples. */
function sampleLuminance(image: RgbaImage, region: Region): Float32Array {
  const grid = new Float32Array(SAMPLE_SIDE * SAMPLE_SIDE);
  const stepX = region.width / SAMPLE_SIDE;
  const stepY = region.height / SAMPLE_SIDE;
  for (let row = 0; row < SAMPLE_SIDE; row += 1) {
    for (let column = 0; column < SAMPLE_SIDE; column += 1) {
      const x = region.x + (column + 0.5) * stepX;
      const y = region.y + (row + 0.5) * stepY;
      // Averaging a 2x2 neighbourhood keeps JPEG block noise from reading as detail.
      const quarterX = stepX / 4;
      const quarterY = stepY / 4;
      grid[row * SAMPLE_SIDE + column] =
        (luminanceAt(image, x - quarterX, y - quarterY) +
          luminanceAt(image, x + quarterX, y - quarterY) +
          luminanceAt(image, x - quarterX, y + quarterY) +
          luminanceAt(image, x + quarterX, y + quarterY)) /
        4;
    }
  }
  return grid;
}

export interface RegionQuality {
  /** 0..1, from the variance of the Laplacian. */
  sharpness: number;
  /** Mean luminance, 0..255. */
  brightness: number;
}

/** Sharpness and brightness of a face region: what a single photo can tell about capture quality. */
export function measureRegionQuality(image: RgbaImage, region: Region): RegionQuality {
  const grid = sampleLuminance(image, region);
  let total = 0;
  for (const value of grid) total += value;
  const brightness = total / grid.length;

  let sum = 0;
  let sumOfSquares = 0;
  let count = 0;
  for (let row = 1; row < SAMPLE_SIDE - 1; row += 1) {
    for (let column = 1; column < SAMPLE_SIDE - 1; column += 1) {
      const at = (dy: number, dx: number) => grid[(row + dy) * SAMPLE_SIDE + column + dx] ?? 0;
      const laplacian = at(-1, 0) + at(1, 0) + at(0, -1) + at(0, 1) - 4 * at(0, 0);
      sum += laplacian;
      sumOfSquares += laplacian * laplacian;
      count += 1;
    }
  }
  const mean = sum / count;
  const variance = sumOfSquares / count - mean * mean;
  return { sharpness: variance / (variance + SHARPNESS_HALF_POINT), brightness };
}
