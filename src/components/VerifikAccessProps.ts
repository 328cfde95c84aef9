import type { QueryClient } from '@tanstack/react-query';
import type { PhoneChannel } from '../api/otp';
import type { VerifikError } from '../core/errors';
import type { FlowMethod, FlowStep, FlowSuccess } from '../core/flow/flowTypes';
import type { Locale, MessageOverrides } from '../core/i18n/messages';
import type { Brand } from '../core/theme/brand';

/** Options for the face step (its own issue); ignored unless `methods` includes `face`. */
export interface VerifikAccessFaceOptions {
  /** `verify` signs an enrolled user in; `register` enrols a face. Default: `verify`. */
  intent?: 'register' | 'verify';
  /** The user whose face is enrolled or checked. */
  userId?: string;
  /** Where the face detection model is served from (self-host it to avoid third-party requests). */
  modelAssetPath?: string;
  /** Where the detection WebAssembly files are served from. */
  wasmBasePath?: string;
}

export interface VerifikAccessProps {
  /** The Verifik project users sign in to. Required. */
  projectId: string;
  /** The sign-in methods offered, in this order. Default: `['email', 'phone']`. */
  methods?: readonly FlowMethod[];
  /** How phone codes may be sent. Default: `['sms', 'whatsapp']`. */
  phoneChannels?: readonly PhoneChannel[];
  /**
   * The Access API base URL. Default: `https://api.verifik.co/v2/access`. Recommended: a route on
   * your own server that adds the client token (see the README), so the page never holds it.
   */
  baseUrl?: string;
  /** Returns the client JWT sent as `Authorization: Bearer`. Default: none (a proxy adds it). */
  getToken?: () => string | null | undefined | Promise<string | null | undefined>;
  /** Logo, colours, radius, font and colour scheme. Default: the built-in light/dark theme, `auto`. */
  brand?: Brand;
  /** The language of every string. Default: `en`. */
  locale?: Locale;
  /** Per-string overrides over the locale's dictionary, including `errors` per error code. Default: none. */
  messages?: MessageOverrides;
  /** Called once with the end-user token; the widget keeps it nowhere else. */
  onSuccess?: (result: FlowSuccess) => void;
  /** Called with every error the widget shows (the same object, with `code`). */
  onError?: (error: VerifikError) => void;
  /** Called when the visible step changes. */
  onStepChange?: (step: FlowStep) => void;
  /**
   * The react-query client to use. Default: the one of an enclosing `QueryClientProvider`, or a
   * private one when there is none.
   */
  queryClient?: QueryClient;
  /** The country the phone step opens on (ISO 3166 alpha-2). Default: `US` for `en`, `CO` for `es`. */
  defaultCountry?: string;
  /** A CSP nonce for the widget's `<style>` element. Default: none. */
  nonce?: string;
  /** Face step options. Default: `{ intent: 'verify' }`. */
  face?: VerifikAccessFaceOptions;
  /** Extra class names on the root element, next to `vfk-root`. */
  className?: string;
}
