/**
 * A page that runs the real MediaPipe detector (local derived model and wasm) on the fake webcam,
 * for scripts/record-face-signals.ts and bench/face.ts. Exposes `window.faceHarness.run`.
 */
import { LOCAL_FACE_MODEL_PATH, LOCAL_WASM_BASE_PATH } from '../../scripts/faceAssetUrls';
import { createMediaPipeDetector } from '../../src/face/createMediaPipeDetector';
import { INITIAL_PRECHECK_STATE, precheckStep } from '../../src/face/facePrecheck';
import type { FrameSignals } from '../../src/face/frameSignals';

export interface HarnessOptions {
  /** Stop after this many processed frames. */
  frames: number;
  /** Stop at the first passed pre-check. */
  untilPassed?: boolean;
  /** Faces tracked at once (the detector's default is 2). */
  maxFaces?: number;
}

export interface HarnessResult {
  loadMs: number;
  cameraToPassMs: number | undefined;
  detectMs: number[];
  elapsedMs: number;
  signals: FrameSignals[];
}

async function run(options: HarnessOptions): Promise<HarnessResult> {
  const detector = createMediaPipeDetector({
    modelAssetPath: LOCAL_FACE_MODEL_PATH,
    wasmBasePath: LOCAL_WASM_BASE_PATH,
    maxFaces: options.maxFaces,
  });
  const loadStart = performance.now();
  await detector.load();
  const loadMs = performance.now() - loadStart;
  const video = document.querySelector('video');
  if (!video) throw new Error('no video element');
  const cameraStart = performance.now();
  const stream = await navigator.mediaDevices.getUserMedia({
    video: { facingMode: 'user' },
    audio: false,
  });
  video.srcObject = stream;
  await video.play();
  const signals: FrameSignals[] = [];
  const detectMs: number[] = [];
  let precheck = INITIAL_PRECHECK_STATE;
  let cameraToPassMs: number | undefined;
  let lastTimestamp = -1;
  const started = performance.now();
  while (signals.length < options.frames) {
    await new Promise<void>((resolve) => video.requestVideoFrameCallback(() => resolve()));
    const timestamp = Math.max(lastTimestamp + 1, performance.now());
    lastTimestamp = timestamp;
    const before = performance.now();
    const frame = detector.detect(video, timestamp);
    detectMs.push(performance.now() - before);
    signals.push(frame);
    precheck = precheckStep(precheck, frame).state;
    if (precheck.phase === 'passed' && cameraToPassMs === undefined) {
      cameraToPassMs = performance.now() - cameraStart;
      if (options.untilPassed) break;
    }
  }
  const elapsedMs = performance.now() - started;
  for (const track of stream.getTracks()) track.stop();
  detector.close();
  return { loadMs, cameraToPassMs, detectMs, elapsedMs, signals };
}

declare global {
  interface Window {
    faceHarness: { run(options: HarnessOptions): Promise<HarnessResult> };
  }
}

window.faceHarness = { run };
