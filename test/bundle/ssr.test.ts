import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';

describe('server-side rendering (as Next.js does)', () => {
  it('imports the package and renders the first step in Node with no window or document', async () => {
    expect(typeof globalThis.window).toBe('undefined');
    expect(typeof globalThis.document).toBe('undefined');
    const { VerifikAccess } = await import('../../src/index');
    const html = renderToString(
      createElement(VerifikAccess, { projectId: 'demo-project', baseUrl: '/api/access' }),
    );
    expect(html).toContain('class="vfk-root"');
    expect(html).toContain('data-step="method"');
    expect(html).toContain('Continue with email');
    expect(typeof globalThis.window).toBe('undefined');
  });
});
