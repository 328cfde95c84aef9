import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useInsertionEffect, useMemo, useState } from 'react';
import FaceStep from '../../src/components/face/FaceStep';
import { injectStyles } from '../../src/components/injectStyles';
import { resolveMessages, type Locale } from '../../src/core/i18n/messages';
import {
  createScriptedDetector,
  type ScriptedDetectorOptions,
} from '../../src/face/createScriptedDetector';
import { DEFAULT_PRECHECK_OPTIONS } from '../../src/face/facePrecheck';
import { VerifikClientProvider } from '../../src/hooks/VerifikClientProvider';
import { STORY_BASE_URL } from '../emulatorNetwork';

export interface FaceStepPreviewProps {
  /** What the scripted detector reports, frame by frame. */
  script: ScriptedDetectorOptions;
  intent?: 'register' | 'verify';
  locale?: Locale;
  /** Pre-check time-out, shortened for the time-out story. */
  timeoutMs?: number;
  /** Set by the toolbar decorator. */
  brand?: { colorScheme?: 'light' | 'dark' | 'auto' };
}

/** The face step alone, in the widget's providers and styles, on a scripted detector. */
export function FaceStepPreview({
  script,
  intent = 'verify',
  locale = 'en',
  timeoutMs,
  brand,
}: FaceStepPreviewProps) {
  useInsertionEffect(() => injectStyles(undefined), []);
  const [client] = useState(() => new QueryClient());
  const detector = useMemo(() => createScriptedDetector(script), [script]);
  const [outcome, setOutcome] = useState<string>('');
  return (
    <QueryClientProvider client={client}>
      <VerifikClientProvider baseUrl={STORY_BASE_URL} projectId="demo-project">
        <section
          className="vfk-root"
          data-color-scheme={brand?.colorScheme ?? 'light'}
          style={{ maxWidth: 420 }}
          aria-label="Face step"
        >
          <FaceStep
            projectId="demo-project"
            intent={intent}
            userId="story-user"
            messages={resolveMessages(locale)}
            detector={detector}
            precheck={
              timeoutMs === undefined ? undefined : { ...DEFAULT_PRECHECK_OPTIONS, timeoutMs }
            }
            onVerified={(result) => setOutcome(`verified ${result.userId}`)}
            onError={(error) => setOutcome(`error ${error.code}`)}
            onUseAnotherMethod={() => setOutcome('another method')}
          />
          <output data-testid="outcome" hidden>
            {outcome}
          </output>
        </section>
      </VerifikClientProvider>
    </QueryClientProvider>
  );
}
