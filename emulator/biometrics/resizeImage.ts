import type { RgbaImage } from './decodeImage';

/**
 * Shrinks an image so its longer side is at most `maxSide`, averaging each output pixel's source
 * block (area sampling, so a downscaled face keeps its detail instead of aliasing).
 */
export function shrinkImage(image: RgbaImage, maxSide: number): RgbaImage {
  const scale = maxSide / Math.max(image.width, image.height);
  if (scale >= 1) return image;
  const width = Math.max(1, Math.round(image.width * scale));
  const height = Math.max(1, Math.round(image.height * scale));
  const data = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y += 1) {
    const top = Math.floor((y * image.height) / height);
    const bottom = Math.max(top + 1, Math.floor(((y + 1) * image.height) / height));
    for (let x = 0; x < width; x += 1) {
      const left = Math.floor((x * image.width) / width);
      const right = Math.max(left + 1, Math.floor(((x + 1) * image.width) / width));
      const sums = [0, 0, 0, 0];
      for (let sourceY = top; sourceY < bottom; sourceY += 1) {
        for (let sourceX = left; sourceX < right; sourceX += 1) {
          const offset = (sourceY * image.width + sourceX) * 4;
          for (let channel = 0; channel < 4; channel += 1) {
            sums[channel] = (sums[channel] ?? 0) + (image.data[offset + channel] ?? 0);
          }
        }
      }
      const count = (bottom - top) * (right - left);
      const target = (y * width + x) * 4;
      for (let channel = 0; channel < 4; channel += 1) {
        data[target + channel] = Math.round((sums[channel] ?? 0) / count);
      }
    }
  }
  return { width, height, data };
}

export interface PaddedImage {
  image: RgbaImage;
  /** Where the original's top-left corner sits in the padded image. */
  offsetX: number;
  offsetY: number;
}

/** Surrounds an image with a mid-grey border of `share` of its longer side on every edge. */
export function padImage(image: RgbaImage, share: number): PaddedImage {
  const border = Math.round(Math.max(image.width, image.height) * share);
  const width = image.width + 2 * border;
  const height = image.height + 2 * border;
  const data = new Uint8Array(width * height * 4).fill(128);
  for (let y = 0; y < image.height; y += 1) {
    const sourceStart = y * image.width * 4;
    data.set(
      image.data.subarray(sourceStart, sourceStart + image.width * 4),
      ((y + border) * width + border) * 4,
    );
  }
  return { image: { width, height, data }, offsetX: border, offsetY: border };
}
