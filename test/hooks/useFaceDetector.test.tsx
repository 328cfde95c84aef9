import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { VerifikError } from '../../src/core/errors';
import { createScriptedDetector } from '../../src/face/createScriptedDetector';
import { useFaceDetector } from '../../src/hooks/useFaceDetector';

const still = { timestampMs: 0, width: 640, height: 480, faces: [] };

describe('useFaceDetector', () => {
  it('reports progress, then the loaded detector', async () => {
    const detector = createScriptedDetector({ frames: [still], loadMs: 40 });
    const seen: number[] = [];
    const { result } = renderHook(() => {
      const state = useFaceDetector(detector);
      seen.push(state.progress);
      return state;
    });
    expect(result.current.ready).toBeUndefined();
    await waitFor(() => expect(result.current.ready).toBe(detector));
    expect(seen.some((progress) => progress > 0 && progress < 1)).toBe(true);
    expect(result.current.ready?.detect(document.createElement('canvas'), 1).faces).toEqual([]);
  });

  it('closes the detector on unmount', async () => {
    const detector = createScriptedDetector({ frames: [still] });
    const { result, unmount } = renderHook(() => useFaceDetector(detector));
    await waitFor(() => expect(result.current.ready).toBe(detector));
    unmount();
    expect(() => detector.detect(document.createElement('canvas'), 2)).toThrow(VerifikError);
  });

  it('hands a load failure to onError with its own code', async () => {
    const detector = createScriptedDetector({ frames: [still], loadError: 'model_load_timeout' });
    const onError = vi.fn();
    const { result } = renderHook(() => useFaceDetector(detector, onError));
    await waitFor(() => expect(result.current.error?.code).toBe('model_load_timeout'));
    expect(onError).toHaveBeenCalledTimes(1);
    expect(result.current.ready).toBeUndefined();
  });

  it('loads nothing while no detector is wanted', () => {
    const { result } = renderHook(() => useFaceDetector(undefined));
    expect(result.current).toEqual({ ready: undefined, progress: 0, error: undefined });
  });
});
