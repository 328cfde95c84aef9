/**
 * The widget with only face and email, on the local derived model and wasm, against the dev
 * server's emulator proxy. Query: `intent`, `userId`. Exposes `window.faceTest` so tests can read
 * what reached the host and the state of every camera track the page opened.
 */
import { createRoot } from 'react-dom/client';
import { LOCAL_FACE_MODEL_PATH, LOCAL_WASM_BASE_PATH } from '../../scripts/faceAssetUrls';
import { VerifikAccess, type FlowSuccess } from '../../src/index';

export interface FaceTestWindow {
  successes: Array<Pick<FlowSuccess, 'method' | 'subject' | 'token'>>;
  errors: string[];
  trackStates(): MediaStreamTrackState[];
  unmount(): void;
}

declare global {
  interface Window {
    faceTest: FaceTestWindow;
  }
}

const tracks: MediaStreamTrack[] = [];
const getUserMedia = navigator.mediaDevices.getUserMedia.bind(navigator.mediaDevices);
navigator.mediaDevices.getUserMedia = async (constraints) => {
  const stream = await getUserMedia(constraints);
  tracks.push(...stream.getTracks());
  return stream;
};

const params = new URLSearchParams(location.search);
const intent = params.get('intent') === 'register' ? 'register' : 'verify';
const userId = params.get('userId') ?? 'face-user-1';
window.faceTest = {
  successes: [],
  errors: [],
  trackStates: () => tracks.map((track) => track.readyState),
  unmount: () => undefined,
};

function Page() {
  return (
    <VerifikAccess
      projectId="demo-project"
      baseUrl="/api/access"
      methods={['face', 'email']}
      face={{
        intent,
        userId,
        modelAssetPath: LOCAL_FACE_MODEL_PATH,
        wasmBasePath: LOCAL_WASM_BASE_PATH,
      }}
      onSuccess={(success) =>
        window.faceTest.successes.push({
          method: success.method,
          subject: success.subject,
          token: success.token,
        })
      }
      onError={(error) => window.faceTest.errors.push(error.code)}
    />
  );
}

const container = document.getElementById('root');
if (container) {
  const root = createRoot(container);
  root.render(<Page />);
  window.faceTest.unmount = () => root.render(<p>Unmounted</p>);
}
