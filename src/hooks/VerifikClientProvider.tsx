import { useMemo, type ReactNode } from 'react';
import { createTransport, type Transport, type TransportOptions } from '../api/transport';
import { VerifikError } from '../core/errors';
import { VerifikClientContext } from './verifikClientContext';

export interface VerifikClientProviderProps extends Partial<TransportOptions> {
  /** A ready transport; when given, `baseUrl`, `getToken`, `fetch`, `headers` and `timeoutMs` are ignored. */
  transport?: Transport;
  /** The Verifik project id the hooks sign in to. */
  projectId?: string;
  children?: ReactNode;
}

/** Gives the hooks below it a transport (and a default project). */
export function VerifikClientProvider(props: VerifikClientProviderProps) {
  const { transport, projectId, children, baseUrl, getToken, fetch, headers, timeoutMs } = props;
  // A transport is cheap to rebuild; an inline `getToken` only costs that, never a lost request.
  const own = useMemo(() => {
    if (transport || baseUrl === undefined) return undefined;
    return createTransport({ baseUrl, getToken, fetch, headers, timeoutMs });
  }, [transport, baseUrl, getToken, fetch, headers, timeoutMs]);
  const chosen = transport ?? own;
  const value = useMemo(
    () => (chosen ? { transport: chosen, projectId } : null),
    [chosen, projectId],
  );
  if (!value)
    throw new VerifikError('usage', 'VerifikClientProvider needs a `transport` or a `baseUrl`.');
  return <VerifikClientContext.Provider value={value}>{children}</VerifikClientContext.Provider>;
}
