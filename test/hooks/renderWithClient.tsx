import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import type { Transport } from '../../src/api/transport';
import { VerifikClientProvider } from '../../src/hooks/VerifikClientProvider';

/** Renders a hook under a fresh QueryClient and a Verifik client, like TanStack Query's own tests. */
export function renderWithClient<Result, Props>(
  hook: (props: Props) => Result,
  options: { transport: Transport; projectId?: string; initialProps?: Props },
) {
  const queryClient = new QueryClient({ defaultOptions: { mutations: { gcTime: 0 } } });
  function Wrapper({ children }: { children: ReactNode }) {
    return (
      <QueryClientProvider client={queryClient}>
        <VerifikClientProvider transport={options.transport} projectId={options.projectId}>
          {children}
        </VerifikClientProvider>
      </QueryClientProvider>
    );
  }
  const rendered = renderHook(hook, { wrapper: Wrapper, initialProps: options.initialProps });
  return { ...rendered, queryClient };
}
