import { createServer, type ViteDevServer } from 'vite';

/** The project's dev server (same config as `npm run dev`) on a free port, quiet. */
export async function startViteServer(): Promise<{
  url: string;
  server: ViteDevServer;
  close(): Promise<void>;
}> {
  const server = await createServer({
    configFile: 'vite.config.ts',
    logLevel: 'error',
    server: { port: 0, host: '127.0.0.1', strictPort: false, hmr: false },
  });
  await server.listen();
  const url = server.resolvedUrls?.local[0]?.replace(/\/$/, '');
  if (!url) throw new Error('the dev server has no local URL');
  return { url, server, close: () => server.close() };
}
