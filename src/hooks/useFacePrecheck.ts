import { useEffect, useRef, useState } from 'react';
import type { FaceDetector } from '../face/FaceDetector';
import {
  DEFAULT_PRECHECK_OPTIONS,
  INITIAL_PRECHECK_STATE,
  precheckStep,
  type PrecheckOptions,
  type PrecheckPhase,
} from '../face/facePrecheck';
import { createFrameCollector, type FaceCaptures } from '../face/frameCollector';
import { hintStep, INITIAL_HINT_STATE, type FaceHint } from '../face/hintAnnouncer';

export interface FacePrecheckInput {
  video: HTMLVideoElement | null;
  detector: FaceDetector | undefined;
  options?: PrecheckOptions;
  onPassed(captures: FaceCaptures): void;
  onTimedOut(): void;
  onError(error: unknown): void;
}

/**
 * Runs the detector on every new video frame (requestVideoFrameCallback, so no frame is read
 * twice) through the pure pre-check, and re-renders only when the phase or the debounced hint
 * changes, not 30 times a second.
 */
export function useFacePrecheck(input: FacePrecheckInput): {
  phase: PrecheckPhase;
  hint: FaceHint | undefined;
} {
  const { video, detector } = input;
  const [view, setView] = useState<{ phase: PrecheckPhase; hint: FaceHint | undefined }>({
    phase: 'positioning',
    hint: undefined,
  });
  const callbacks = useRef(input);
  useEffect(() => {
    callbacks.current = input;
  });

  useEffect(() => {
    if (!video || !detector) return;
    let stopped = false;
    let handle = 0;
    let state = INITIAL_PRECHECK_STATE;
    let hints = INITIAL_HINT_STATE;
    let lastTimestamp = -1;
    const collector = createFrameCollector();
    const schedule = () => {
      // Safari before 15.4 lacks requestVideoFrameCallback: fall back to animation frames.
      if (video.requestVideoFrameCallback) handle = video.requestVideoFrameCallback(onFrame);
      else handle = requestAnimationFrame(onFrame);
    };
    const onFrame = () => {
      if (stopped) return;
      if (video.readyState < 2 || video.videoWidth === 0) return schedule();
      try {
        // VIDEO mode needs strictly increasing timestamps.
        lastTimestamp = Math.max(lastTimestamp + 1, performance.now());
        const step = precheckStep(
          state,
          detector.detect(video, lastTimestamp),
          callbacks.current.options ?? DEFAULT_PRECHECK_OPTIONS,
        );
        state = step.state;
        collector.keep(video, step.capture);
        hints = hintStep(hints, state.hint, lastTimestamp);
      } catch (error) {
        return callbacks.current.onError(error);
      }
      setView((previous) =>
        previous.phase === state.phase && previous.hint === hints.shown
          ? previous
          : { phase: state.phase, hint: hints.shown },
      );
      if (state.phase === 'timed_out') return callbacks.current.onTimedOut();
      const captures = state.phase === 'passed' ? collector.result() : undefined;
      if (captures) return callbacks.current.onPassed(captures);
      schedule();
    };
    schedule();
    return () => {
      stopped = true;
      if (video.cancelVideoFrameCallback) video.cancelVideoFrameCallback(handle);
      else cancelAnimationFrame(handle);
    };
  }, [video, detector]);

  return view;
}
