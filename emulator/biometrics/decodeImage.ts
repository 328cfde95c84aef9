import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';
import { BiometricInputError } from './engine';

/** Decoded pixels, 4 bytes (RGBA) per pixel, row by row. */
export interface RgbaImage {
  width: number;
  height: number;
  data: Uint8Array;
}

/**
 * The largest image the engine decodes. A 2 MB upload can declare a 60000 x 60000 picture
 * (a decompression bomb), so the limit is on pixels, read from the header before decoding.
 * 4096 x 4096 is far above any webcam frame and bounds one decoded image to 64 MB.
 */
export const MAX_IMAGE_PIXELS = 4096 * 4096;

type ImageFormat = 'jpeg' | 'png';

function sniffFormat(bytes: Uint8Array): ImageFormat | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  const pngSignature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (pngSignature.every((byte, index) => bytes[index] === byte)) return 'png';
  return undefined;
}

function readUint16(bytes: Uint8Array, offset: number): number {
  return ((bytes[offset] ?? 0) << 8) | (bytes[offset + 1] ?? 0);
}

function readUint32(bytes: Uint8Array, offset: number): number {
  return readUint16(bytes, offset) * 65536 + readUint16(bytes, offset + 2);
}

/** Width and height from a JPEG's first start-of-frame marker, without decoding it. */
function jpegDimensions(bytes: Uint8Array): { width: number; height: number } | undefined {
  let offset = 2;
  while (offset + 9 < bytes.length) {
    if (bytes[offset] !== 0xff) return undefined;
    const marker = bytes[offset + 1] ?? 0;
    // Fill bytes and markers without a length segment.
    if (marker === 0xff) {
      offset += 1;
      continue;
    }
    if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      offset += 2;
      continue;
    }
    const isStartOfFrame =
      marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isStartOfFrame) {
      return { height: readUint16(bytes, offset + 5), width: readUint16(bytes, offset + 7) };
    }
    offset += 2 + readUint16(bytes, offset + 2);
  }
  return undefined;
}

function pngDimensions(bytes: Uint8Array): { width: number; height: number } | undefined {
  // The IHDR chunk always comes first: signature (8), length (4), type (4), width, height.
  if (bytes.length < 24) return undefined;
  return { width: readUint32(bytes, 16), height: readUint32(bytes, 20) };
}

function invalid(message: string): BiometricInputError {
  return new BiometricInputError('INVALID_IMAGE', message);
}

/**
 * Decodes a JPEG or PNG to RGBA. Throws `BiometricInputError` with `INVALID_IMAGE` for bytes that
 * are not a decodable image and `IMAGE_TOO_LARGE` when the header declares more than `maxPixels`.
 */
export function decodeImage(bytes: Uint8Array, maxPixels: number = MAX_IMAGE_PIXELS): RgbaImage {
  const format = sniffFormat(bytes);
  if (!format) throw invalid('not a JPEG or PNG image');
  const dimensions = format === 'jpeg' ? jpegDimensions(bytes) : pngDimensions(bytes);
  if (!dimensions || dimensions.width < 1 || dimensions.height < 1) {
    throw invalid('the image header is unreadable');
  }
  if (dimensions.width * dimensions.height > maxPixels) {
    throw new BiometricInputError(
      'IMAGE_TOO_LARGE',
      `the image has more than ${maxPixels} pixels`,
    );
  }
  try {
    if (format === 'jpeg') {
      const decoded = jpeg.decode(bytes, {
        useTArray: true,
        formatAsRGBA: true,
        maxResolutionInMP: maxPixels / 1_000_000,
        maxMemoryUsageInMB: Math.ceil((maxPixels * 8) / 1_000_000),
      });
      return { width: decoded.width, height: decoded.height, data: decoded.data };
    }
    const decoded = PNG.sync.read(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    return { width: decoded.width, height: decoded.height, data: decoded.data };
  } catch (cause) {
    throw new BiometricInputError('INVALID_IMAGE', `the ${format} data is corrupt`, { cause });
  }
}
