import { describe, expect, it } from 'vitest';
import { BiometricInputError, type FaceAnalysis } from '../../emulator/biometrics/engine';
import { createFaceApiEngine } from '../../emulator/biometrics/faceApiEngine';
import { checkImage, findSubjectFace } from '../../emulator/biometrics/faceAssessment';
import { checkFrameSequence } from '../../emulator/biometrics/frameLiveness';
import {
  blur,
  brighten,
  crop,
  decode,
  encodeJpeg,
  fixture,
  franck,
  groupPhoto,
  mirror,
  pasteSmall,
  type FranckFrame,
} from './biometricFixtures';

// Taken before the wasm backend loads: its Emscripten glue adds rethrowing process handlers.
const processHandlers = () => [process.listenerCount('uncaughtException'), process.listenerCount('unhandledRejection')];
const handlersBeforeLoad = processHandlers();
// One engine for the whole file: the models load once, on the first analysis.
const engine = createFaceApiEngine();
const THRESHOLD = 0.5;

async function descriptorOf(image: Uint8Array): Promise<Float32Array> {
  const subject = findSubjectFace(await engine.analyse(image));
  if (!subject.ok) throw new Error(`expected one usable face, got ${subject.code}`);
  return subject.descriptor;
}

const analyses = new Map<FranckFrame, Promise<FaceAnalysis>>();
function analyseFranck(frame: FranckFrame): Promise<FaceAnalysis> {
  let analysis = analyses.get(frame);
  if (!analysis) {
    analysis = engine.analyse(franck(frame));
    analyses.set(frame, analysis);
  }
  return analysis;
}

describe('face-api engine: matching', () => {
  it('matches Grace Hopper with cropped, brightened, darkened, recompressed and mirrored copies', async () => {
    const original = decode(fixture('grace_hopper_512x512.jpg'));
    const reference = await descriptorOf(fixture('grace_hopper_512x512.jpg'));
    const copies = {
      crop: crop(original, 96, 40, 320, 360),
      brighter: brighten(original, 45),
      darker: brighten(original, -45),
      recompressed: decode(encodeJpeg(original, 25)),
      mirror: mirror(original),
    };
    for (const [name, copy] of Object.entries(copies)) {
      const distance = engine.distance(reference, await descriptorOf(encodeJpeg(copy)));
      expect({ name, match: distance <= THRESHOLD }).toEqual({ name, match: true });
      // A copy is not byte-identical: the descriptor moved, the identity did not.
      expect(distance).toBeGreaterThan(0);
    }
  });

  it('matches one man across different video frames, eyes closed and head turned included', async () => {
    const reference = findSubjectFace(await analyseFranck('01829'));
    if (!reference.ok) throw new Error('franck_01829 has one face');
    for (const frame of ['02045', '02683', '03909', '03979', '04000', '04117'] as const) {
      const other = findSubjectFace(await analyseFranck(frame));
      if (!other.ok) throw new Error(`franck_${frame} has one face`);
      const distance = engine.distance(reference.descriptor, other.descriptor);
      expect({ frame, match: distance <= THRESHOLD }).toEqual({ frame, match: true });
    }
  });

  it('tells Grace Hopper, the astronaut and the man in the frames apart', async () => {
    const grace = await descriptorOf(fixture('grace_hopper_512x512.jpg'));
    const astronaut = await descriptorOf(fixture('astronaut.png'));
    const man = await descriptorOf(franck('01829'));
    expect(engine.distance(grace, astronaut)).toBeGreaterThan(THRESHOLD);
    expect(engine.distance(grace, man)).toBeGreaterThan(THRESHOLD);
    expect(engine.distance(astronaut, man)).toBeGreaterThan(THRESHOLD);
  });
});

describe('face-api engine: bad input', () => {
  it('finds no face in a cup of coffee', async () => {
    const subject = findSubjectFace(await engine.analyse(fixture('coffee.png')));
    expect(subject).toMatchObject({ ok: false, code: 'NO_FACE_DETECTED' });
  });

  it('refuses a group photo as several faces', async () => {
    const analysis = await engine.analyse(groupPhoto());
    expect(analysis.faces.length).toBeGreaterThanOrEqual(2);
    expect(findSubjectFace(analysis)).toMatchObject({ ok: false, code: 'MULTIPLE_FACES' });
  });

  it('refuses a face too small to describe reliably', async () => {
    const small = pasteSmall(decode(fixture('grace_hopper_512x512.jpg')), 150, 640, 480, 245, 165);
    const analysis = await engine.analyse(encodeJpeg(small));
    expect(analysis.faces).toHaveLength(1);
    expect(findSubjectFace(analysis)).toMatchObject({ ok: false, code: 'FACE_TOO_SMALL' });
  });

  it('rejects bytes that are not an image, and a truncated JPEG, as INVALID_IMAGE', async () => {
    const garbage = new TextEncoder().encode('definitely not a picture of anyone');
    await expect(engine.analyse(garbage)).rejects.toMatchObject({ code: 'INVALID_IMAGE' });
    const truncated = fixture('grace_hopper_512x512.jpg').subarray(0, 600);
    await expect(engine.analyse(truncated)).rejects.toBeInstanceOf(BiometricInputError);
    await expect(engine.analyse(truncated)).rejects.toMatchObject({ code: 'INVALID_IMAGE' });
  });

  it('refuses a header that declares more pixels than the cap, before decoding it', async () => {
    const header = new Uint8Array(64);
    header.set([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
    ]);
    new DataView(header.buffer).setUint32(16, 60_000);
    new DataView(header.buffer).setUint32(20, 60_000);
    await expect(engine.analyse(header)).rejects.toMatchObject({ code: 'IMAGE_TOO_LARGE' });
  });
});

describe('face-api engine: what one image shows', () => {
  it('passes a sharp, centred, well lit portrait on every image check', async () => {
    const checks = checkImage(await engine.analyse(fixture('grace_hopper_512x512.jpg')));
    expect(Object.values(checks).every((check) => check.passed)).toBe(true);
  });

  it('fails an out-of-focus copy on sharpness only', async () => {
    const blurred = blur(decode(fixture('grace_hopper_512x512.jpg')), 6);
    const checks = checkImage(await engine.analyse(encodeJpeg(blurred)));
    expect(checks.sharpness.passed).toBe(false);
    expect(checks.one_face.passed).toBe(true);
  });

  it('fails a very dark copy on brightness', async () => {
    const dark = brighten(decode(franck('01829')), -110);
    const checks = checkImage(await engine.analyse(encodeJpeg(dark)));
    expect(checks.brightness.passed).toBe(false);
  });
});

describe('face-api engine: frame-sequence liveness', () => {
  it('sees a blink in open, closed, open frames of one man', async () => {
    const frames = await Promise.all((['02045', '03979', '04035'] as const).map(analyseFranck));
    const checks = checkFrameSequence(frames, engine.distance);
    expect(checks.every_frame_one_face.passed).toBe(true);
    expect(checks.same_person.passed).toBe(true);
    expect(checks.blink.passed).toBe(true);
  });

  it('sees the other closed-eye frame as a blink too', async () => {
    const frames = await Promise.all((['01829', '04000', '02221'] as const).map(analyseFranck));
    expect(checkFrameSequence(frames, engine.distance).blink.passed).toBe(true);
  });

  it('sees neither a blink nor a head turn in a repeated still frame', async () => {
    const still = await analyseFranck('02045');
    const checks = checkFrameSequence([still, still, still, still], engine.distance);
    expect(checks.same_person.passed).toBe(true);
    expect(checks.blink.passed).toBe(false);
    expect(checks.head_turn.passed).toBe(false);
  });

  it('refuses a sequence that swaps in another person', async () => {
    const frames = [
      await analyseFranck('02045'),
      await engine.analyse(fixture('grace_hopper_512x512.jpg')),
    ];
    expect(checkFrameSequence(frames, engine.distance).same_person.passed).toBe(false);
  });

  it('refuses a sequence in which a frame has no face', async () => {
    const frames = [await analyseFranck('02045'), await engine.analyse(fixture('coffee.png'))];
    const checks = checkFrameSequence(frames, engine.distance);
    expect(checks.every_frame_one_face.passed).toBe(false);
    expect(checks.blink.passed).toBe(false);
  });
});

describe('face-api engine: the host process', () => {
  it("leaves the process's uncaughtException and unhandledRejection handlers as it found them", async () => {
    await engine.analyse(fixture('grace_hopper_512x512.jpg'));
    expect(processHandlers()).toEqual(handlersBeforeLoad);
  });
});
