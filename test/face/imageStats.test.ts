import { describe, expect, it } from 'vitest';
import { imageStats } from '../../src/face/imageStats';

function image(size: number, value: (x: number, y: number) => number): Uint8ClampedArray {
  const rgba = new Uint8ClampedArray(size * size * 4);
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) {
      const v = value(x, y);
      rgba.set([v, v, v, 255], (y * size + x) * 4);
    }
  return rgba;
}

describe('imageStats', () => {
  it('measures brightness as mean luma', () => {
    expect(
      imageStats(
        image(16, () => 200),
        16,
        16,
      ).brightness,
    ).toBeCloseTo(200, 0);
    expect(
      imageStats(
        image(16, () => 10),
        16,
        16,
      ).brightness,
    ).toBeCloseTo(10, 0);
  });

  it('scores a flat or smooth image as blurred and fine detail as sharp', () => {
    const flat = imageStats(
      image(32, () => 128),
      32,
      32,
    ).sharpness;
    const gradient = imageStats(
      image(32, (x) => x * 4),
      32,
      32,
    ).sharpness;
    const checker = imageStats(
      image(32, (x, y) => ((x + y) % 2 ? 220 : 30)),
      32,
      32,
    ).sharpness;
    expect(flat).toBe(0);
    expect(gradient).toBeLessThan(0.05);
    expect(checker).toBeGreaterThan(0.9);
  });
});
