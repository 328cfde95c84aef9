import { VerifikError } from '../core/errors';

/**
 * Maps what getUserMedia (or react-webcam) rejects with to the widget's camera codes. Browsers
 * name the same failure differently: Chrome's old `PermissionDeniedError`, Firefox's
 * `SecurityError` for a blocked permission policy, Chrome's `TrackStartError` for a busy device.
 */
export function cameraError(error: unknown, secureContext: boolean): VerifikError {
  const name = errorName(error);
  const options = { cause: error };
  // Outside a secure context `navigator.mediaDevices` is missing, so react-webcam rejects with a string.
  if (!secureContext)
    return new VerifikError('insecure_context', 'The camera needs a secure (https) page.', options);
  switch (name) {
    case 'NotAllowedError':
    case 'PermissionDeniedError':
    case 'SecurityError':
      return new VerifikError('camera_denied', 'Camera access was refused.', options);
    case 'NotFoundError':
    case 'DevicesNotFoundError':
    case 'OverconstrainedError':
      return new VerifikError('camera_not_found', 'No camera was found.', options);
    case 'NotReadableError':
    case 'TrackStartError':
    case 'AbortError':
      return new VerifikError(
        'camera_in_use',
        'The camera could not be started; another app may be using it.',
        options,
      );
    default:
      return new VerifikError('camera_unavailable', 'The camera is not available.', options);
  }
}

function errorName(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('name' in error)) return undefined;
  return typeof error.name === 'string' ? error.name : undefined;
}
