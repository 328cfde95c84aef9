import { QueryClient, QueryClientContext, QueryClientProvider } from '@tanstack/react-query';
import { useContext, useInsertionEffect, useState } from 'react';
import { VERIFIK_ACCESS_BASE_URL } from '../api/transport';
import { VerifikClientProvider } from '../hooks/VerifikClientProvider';
import { injectStyles } from './injectStyles';
import { VerifikAccessFlow } from './VerifikAccessFlow';
import type { VerifikAccessProps } from './VerifikAccessProps';

/**
 * Passwordless sign-in with Verifik: email code, phone code (SMS or WhatsApp) and face. The
 * end-user token goes to `onSuccess` and nowhere else (no storage, cookie or URL).
 *
 * @example
 * <VerifikAccess projectId="my-project" baseUrl="/api/access" onSuccess={({ token }) => signIn(token)} />
 */
export function VerifikAccess(props: VerifikAccessProps) {
  const { queryClient, baseUrl = VERIFIK_ACCESS_BASE_URL, getToken, projectId, nonce } = props;
  const hostClient = useContext(QueryClientContext);
  // Created once, and only used when the host gives no client of its own.
  const [ownClient] = useState(
    () => new QueryClient({ defaultOptions: { mutations: { retry: false } } }),
  );
  const client = queryClient ?? hostClient ?? ownClient;
  useInsertionEffect(() => injectStyles(nonce), [nonce]);

  const flow = (
    <VerifikClientProvider baseUrl={baseUrl} getToken={getToken} projectId={projectId}>
      <VerifikAccessFlow {...props} />
    </VerifikClientProvider>
  );
  return client === hostClient ? (
    flow
  ) : (
    <QueryClientProvider client={client}>{flow}</QueryClientProvider>
  );
}
