/**
 * Where the dev server (and Storybook, which reuses its config) serves the face assets built
 * from node_modules: the derived test model and tasks-vision's own wasm. Browser-safe: no Node
 * imports, so demo, story and test pages can pass these to the face step.
 */
export const LOCAL_FACE_MODEL_PATH = '/models/face_landmarker.task';
export const LOCAL_FACE_DETECTOR_PATH = '/models/face_detector.tflite';
export const LOCAL_WASM_BASE_PATH = '/mediapipe/wasm';
