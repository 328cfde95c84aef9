import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { createTransport } from '../../src/api/transport';
import { VerifikClientProvider } from '../../src/hooks/VerifikClientProvider';
import { useVerifikFlow } from '../../src/hooks/useVerifikFlow';

function FlowProbe() {
  const flow = useVerifikFlow({ methods: ['email', 'phone'] });
  return createElement('p', { 'data-step': flow.step }, `${flow.status} ${flow.resendIn}`);
}

describe('the hooks on a server', () => {
  it('render in Node, where there is no window, without touching the network', () => {
    expect(typeof globalThis.window).toBe('undefined');
    let requests = 0;
    const transport = createTransport({
      baseUrl: 'https://example.test/v2/access',
      fetch: () => {
        requests += 1;
        return Promise.reject(new Error('no network on the server'));
      },
    });
    const html = renderToString(
      createElement(
        QueryClientProvider,
        { client: new QueryClient() },
        createElement(
          VerifikClientProvider,
          { transport, projectId: 'demo-project' },
          createElement(FlowProbe),
        ),
      ),
    );
    expect(html).toBe('<p data-step="method">idle 0</p>');
    expect(requests).toBe(0);
  });
});
