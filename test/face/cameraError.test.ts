import { describe, expect, it } from 'vitest';
import { cameraError } from '../../src/face/cameraError';

const domError = (name: string) => new DOMException('x', name);

describe('cameraError', () => {
  it.each([
    ['NotAllowedError', 'camera_denied'],
    ['PermissionDeniedError', 'camera_denied'],
    ['SecurityError', 'camera_denied'],
    ['NotFoundError', 'camera_not_found'],
    ['OverconstrainedError', 'camera_not_found'],
    ['NotReadableError', 'camera_in_use'],
    ['TrackStartError', 'camera_in_use'],
    ['SomethingNew', 'camera_unavailable'],
  ])('maps %s to %s', (name, code) => {
    const error = cameraError(domError(name), true);
    expect(error.code).toBe(code);
    expect(error.cause).toBeInstanceOf(DOMException);
  });

  it('reports an insecure context whatever the browser threw (react-webcam rejects with a string)', () => {
    expect(cameraError('getUserMedia not supported', false).code).toBe('insecure_context');
    expect(cameraError(domError('NotAllowedError'), false).code).toBe('insecure_context');
  });

  it('maps a plain string in a secure context to unavailable', () => {
    expect(cameraError('getUserMedia not supported', true).code).toBe('camera_unavailable');
  });
});
