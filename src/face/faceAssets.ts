/**
 * Default asset URLs: the official MediaPipe files at the version this package pins, so a host
 * that sets nothing gets the blendshape model. Hosts with a strict CSP self-host both and pass
 * their URLs. The version must match `@mediapipe/tasks-vision` in package.json (a test checks).
 */
export const MEDIAPIPE_TASKS_VISION_VERSION = '0.10.35';

export const DEFAULT_WASM_BASE_PATH = `https://cdn.jsdelivr.net/npm/@mediapipe/tasks-vision@${MEDIAPIPE_TASKS_VISION_VERSION}/wasm`;

export const DEFAULT_MODEL_ASSET_PATH =
  'https://storage.googleapis.com/mediapipe-models/face_landmarker/face_landmarker/float16/1/face_landmarker.task';

/** A `.task` bundle carries blendshapes when it holds this file (zip names are stored in plain). */
export const BLENDSHAPES_ENTRY = 'face_blendshapes.tflite';

export function bundleHasEntry(bundle: Uint8Array, name: string): boolean {
  const needle = new TextEncoder().encode(name);
  outer: for (let i = 0; i <= bundle.length - needle.length; i++) {
    for (let j = 0; j < needle.length; j++) if (bundle[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}
