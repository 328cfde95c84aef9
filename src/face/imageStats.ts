/**
 * Brightness and sharpness of a small RGBA crop (the face box drawn into a few dozen pixels).
 * Sharpness is the variance of the Laplacian of luma, squashed to 0..1.
 */
export interface ImageStats {
  brightness: number;
  sharpness: number;
}

/** Laplacian variance at which sharpness reads 0.5; a sharp face crop of 64 px scores well above. */
const SHARPNESS_HALF_POINT = 120;

export function imageStats(rgba: ArrayLike<number>, width: number, height: number): ImageStats {
  const luma = new Float32Array(width * height);
  let sum = 0;
  for (let i = 0; i < luma.length; i++) {
    const value =
      0.299 * (rgba[i * 4] ?? 0) + 0.587 * (rgba[i * 4 + 1] ?? 0) + 0.114 * (rgba[i * 4 + 2] ?? 0);
    luma[i] = value;
    sum += value;
  }
  let count = 0;
  let mean = 0;
  let squares = 0;
  for (let y = 1; y < height - 1; y++) {
    for (let x = 1; x < width - 1; x++) {
      const i = y * width + x;
      const laplacian =
        (luma[i - 1] ?? 0) +
        (luma[i + 1] ?? 0) +
        (luma[i - width] ?? 0) +
        (luma[i + width] ?? 0) -
        4 * (luma[i] ?? 0);
      count++;
      const delta = laplacian - mean;
      mean += delta / count;
      squares += delta * (laplacian - mean);
    }
  }
  const variance = count > 1 ? squares / (count - 1) : 0;
  return {
    brightness: luma.length ? sum / luma.length : 0,
    sharpness: variance / (variance + SHARPNESS_HALF_POINT),
  };
}
