import { useEffect, useRef, useState } from 'react';
import { VerifikError } from '../core/errors';
import type { FaceDetector } from '../face/FaceDetector';

export interface FaceDetectorState {
  /** Set once `load()` has finished. */
  ready: FaceDetector | undefined;
  /** 0..1 while the model downloads. */
  progress: number;
  error: VerifikError | undefined;
}

const LOADING: FaceDetectorState = { ready: undefined, progress: 0, error: undefined };

/** Loads a detector while `detector` is set, reporting progress; closes it on change and unmount. */
export function useFaceDetector(
  detector: FaceDetector | undefined,
  onError?: (error: VerifikError) => void,
): FaceDetectorState {
  const [state, setState] = useState<FaceDetectorState & { of?: FaceDetector }>(LOADING);
  const errorCallback = useRef(onError);
  useEffect(() => {
    errorCallback.current = onError;
  });
  useEffect(() => {
    if (!detector) return;
    let current = true;
    detector
      .load({
        onProgress: (progress) => current && setState({ ...LOADING, progress, of: detector }),
      })
      .then(
        () => current && setState({ ready: detector, progress: 1, error: undefined, of: detector }),
        (error: unknown) => {
          if (!current) return;
          const failure =
            error instanceof VerifikError
              ? error
              : new VerifikError('model_load_failed', 'Face detection could not load.', {
                  cause: error,
                });
          setState({ ...LOADING, error: failure, of: detector });
          errorCallback.current?.(failure);
        },
      );
    return () => {
      current = false;
      detector.close();
    };
  }, [detector]);
  // State left from a previous detector says nothing about this one.
  return state.of === detector && detector ? state : LOADING;
}
