import { useCallback, useEffect, useRef, useState } from 'react';
import type { VerifikError } from '../core/errors';
import { cameraError } from '../face/cameraError';

export type CameraStatus = 'starting' | 'live' | 'error';

/**
 * The camera as a resource, for react-webcam's callbacks: keeps the stream, maps refusals to
 * `VerifikError` codes, and stops every track on `stop()` and on unmount. react-webcam stops
 * its stream on unmount too; stopping here as well covers leaving the step without unmounting.
 */
export function useCamera() {
  const stream = useRef<MediaStream | null>(null);
  const [status, setStatus] = useState<CameraStatus>('starting');
  const [error, setError] = useState<VerifikError | undefined>(undefined);

  const stop = useCallback(() => {
    for (const track of stream.current?.getTracks() ?? []) track.stop();
    stream.current = null;
  }, []);

  const onUserMedia = useCallback((next: MediaStream) => {
    stream.current = next;
    setStatus('live');
  }, []);

  const onUserMediaError = useCallback((failure: string | DOMException) => {
    setError(cameraError(failure, globalThis.isSecureContext !== false));
    setStatus('error');
  }, []);

  useEffect(() => stop, [stop]);

  return { status, error, stop, onUserMedia, onUserMediaError };
}
