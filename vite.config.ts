import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { verifikDevServer } from './demo/verifikDevServer';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { faceAssetsPlugin } from './scripts/faceAssetsPlugin';

// One config for the library build, the demo dev server and every test project.
export default defineConfig({
  // verifikDevServer: `npm run dev` proxies /api/access to an in-process emulator (dev only).
  plugins: [react(), faceAssetsPlugin(), verifikDevServer()],
  build: {
    lib: {
      entry: 'src/index.ts',
      formats: ['es'],
      fileName: 'index',
    },
    rollupOptions: {
      external: [/^react($|\/)/, /^react-dom($|\/)/, /^@tanstack\/react-query($|\/)/],
    },
    sourcemap: true,
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['test/{core,api,emulator,face,bundle}/**/*.test.ts'],
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['test/{hooks,components}/**/*.test.{ts,tsx}'],
          setupFiles: ['test/setup-dom.ts'],
          testTimeout: 30_000,
        },
      },
      storybookProject('storybook', 'light'),
      storybookProject('storybook-dark', 'dark'),
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['e2e/**/*.e2e.ts'],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});

/**
 * Every story's play function, then axe, in Debian's Chromium (flags as in e2e/support/chromium.ts),
 * once per colour scheme so contrast is checked in light and dark.
 */
function storybookProject(name: string, scheme: 'light' | 'dark') {
  return {
    extends: true as const,
    plugins: [storybookTest({ configDir: '.storybook', initialGlobals: { scheme } })],
    test: {
      name,
      browser: {
        enabled: true,
        headless: true,
        provider: playwright({
          launchOptions: {
            executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
            args: [
              '--no-sandbox',
              '--disable-gpu',
              '--disable-quic',
              '--no-first-run',
              '--disable-background-networking',
              '--disable-component-update',
              '--disable-sync',
            ],
          },
        }),
        instances: [{ browser: 'chromium' as const }],
      },
    },
  };
}
