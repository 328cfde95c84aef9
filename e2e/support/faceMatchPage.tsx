/**
 * The widget with the face method only, on the local derived model and wasm, against the dev
 * server's emulator proxy. Query: `intent`, `userId`. Records what reached the host in
 * `window.faceMatch` for e2e/face-match.e2e.ts.
 */
import { createRoot } from 'react-dom/client';
import { LOCAL_FACE_MODEL_PATH, LOCAL_WASM_BASE_PATH } from '../../scripts/faceAssetUrls';
import { VerifikAccess, type FlowSuccess } from '../../src/index';

export interface FaceMatchWindow {
  successes: Array<Pick<FlowSuccess, 'method' | 'subject' | 'token'>>;
  errors: Array<{ code: string; attemptsRemaining: number | undefined }>;
}

declare global {
  interface Window {
    faceMatch: FaceMatchWindow;
  }
}

const params = new URLSearchParams(location.search);
const intent = params.get('intent') === 'register' ? 'register' : 'verify';
const userId = params.get('userId') ?? 'face-match-user';
window.faceMatch = { successes: [], errors: [] };

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <VerifikAccess
      projectId="demo-project"
      baseUrl="/api/access"
      methods={['face']}
      face={{ intent, userId, modelAssetPath: LOCAL_FACE_MODEL_PATH, wasmBasePath: LOCAL_WASM_BASE_PATH }}
      onSuccess={(success) =>
        window.faceMatch.successes.push({ method: success.method, subject: success.subject, token: success.token })
      }
      onError={(error) => window.faceMatch.errors.push({ code: error.code, attemptsRemaining: error.attemptsRemaining })}
    />,
  );
}
