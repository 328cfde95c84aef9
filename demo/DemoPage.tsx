import { useState } from 'react';
import { VerifikAccess, type Brand, type Locale } from '../src/index';
import type { FlowSuccess } from '../src/core/flow/flowTypes';
import { LOCAL_FACE_MODEL_PATH, LOCAL_WASM_BASE_PATH } from '../scripts/faceAssetUrls';
import { DevPanel } from './DevPanel';

type Scheme = NonNullable<Brand['colorScheme']>;

/** The demo: the widget against the in-process emulator, through the dev server's token proxy. */
export function DemoPage() {
  const [locale, setLocale] = useState<Locale>('en');
  const [scheme, setScheme] = useState<Scheme>('auto');
  const [signedIn, setSignedIn] = useState<FlowSuccess | undefined>();
  const [attempt, setAttempt] = useState(0);
  const [faceUser, setFaceUser] = useState('ana@example.com');
  const [faceIntent, setFaceIntent] = useState<'register' | 'verify'>('register');

  return (
    <div className="demo" data-scheme={scheme}>
      <header className="demo-header">
        <h1>Verifik Access — demo</h1>
        <p>
          The widget talks to <code>/api/access</code> on this dev server, which adds the client
          token and forwards to the local emulator. Codes appear in the outbox on the right. For face,
          enrol a user first, then switch to sign in.
        </p>
        <div className="demo-controls">
          <label>
            Language{' '}
            <select
              value={locale}
              onChange={(event) => setLocale(event.target.value === 'es' ? 'es' : 'en')}
            >
              <option value="en">English</option>
              <option value="es">Español</option>
            </select>
          </label>
          <label>
            Theme{' '}
            <select value={scheme} onChange={(event) => setScheme(toScheme(event.target.value))}>
              <option value="auto">System</option>
              <option value="light">Light</option>
              <option value="dark">Dark</option>
            </select>
          </label>
          <label>
            Face user{' '}
            <input
              value={faceUser}
              onChange={(event) => setFaceUser(event.target.value)}
              size={18}
            />
          </label>
          <label>
            Face{' '}
            <select
              value={faceIntent}
              onChange={(event) =>
                setFaceIntent(event.target.value === 'verify' ? 'verify' : 'register')
              }
            >
              <option value="register">enrol</option>
              <option value="verify">sign in</option>
            </select>
          </label>
          <button
            type="button"
            onClick={() => {
              setSignedIn(undefined);
              setAttempt((value) => value + 1);
            }}
          >
            Restart
          </button>
        </div>
      </header>
      <main className="demo-main">
        <section className="demo-widget" aria-label="Sign-in widget">
          <VerifikAccess
            key={attempt}
            projectId="demo-project"
            baseUrl="/api/access"
            methods={['email', 'phone', 'face']}
            // Models and wasm come from this dev server (scripts/faceAssetsPlugin.ts): no CDN.
            face={{
              intent: faceIntent,
              userId: faceUser,
              modelAssetPath: LOCAL_FACE_MODEL_PATH,
              wasmBasePath: LOCAL_WASM_BASE_PATH,
            }}
            locale={locale}
            brand={{ colorScheme: scheme }}
            onSuccess={setSignedIn}
          />
          {signedIn && (
            <div className="demo-result" data-testid="demo-result">
              <h2>onSuccess</h2>
              <dl>
                <dt>intent</dt>
                <dd>{signedIn.intent}</dd>
                <dt>method</dt>
                <dd>{signedIn.method}</dd>
                <dt>subject</dt>
                <dd>{signedIn.subject}</dd>
                <dt>expiresAt</dt>
                <dd>{signedIn.expiresAt}</dd>
                <dt>token</dt>
                <dd>
                  <code data-testid="demo-token">{signedIn.token}</code>
                </dd>
              </dl>
            </div>
          )}
        </section>
        <DevPanel />
      </main>
    </div>
  );
}

function toScheme(value: string): Scheme {
  return value === 'light' || value === 'dark' ? value : 'auto';
}
