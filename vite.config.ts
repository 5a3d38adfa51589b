import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { contentSecurityPolicy } from './scripts/csp-plugin.ts';
import { phoneEmulatorStub } from './scripts/emulator-stub-plugin.ts';
import { preloadAppChunk } from './scripts/preload-app-plugin.ts';
import { preloadFonts } from './scripts/preload-fonts-plugin.ts';
import { reactSentinels } from './scripts/react-sentinels-plugin.ts';

export default defineConfig({
  resolve: {
    // See src/cloud/vendor/tldts-lite.ts: MSW's cookie store needs one function, not the list.
    alias: [
      {
        find: /^tldts$/,
        replacement: fileURLToPath(new URL('./src/cloud/vendor/tldts-lite.ts', import.meta.url)),
      },
    ],
  },
  plugins: [
    react(),
    reactSentinels(),
    tailwindcss(),
    phoneEmulatorStub(),
    preloadAppChunk(/[\\/]src[\\/]app[\\/]start\.tsx$/),
    preloadFonts(/open-sans-latin-(300|400|600)-normal-[\w-]+\.woff2$/),
    contentSecurityPolicy(),
  ],
  build: {
    target: 'es2022',
    // Fonts stay files: the CSP allows fonts from the app's origin only, not data: URLs.
    assetsInlineLimit: (file) => (/\.woff2?$/.test(file) ? false : undefined),
    sourcemap: false,
    rolldownOptions: {
      output: {
        // Three chunks after the tiny entry: the app, the simulated cloud (MSW with its handlers,
        // 160 KB gzip, started after the first paint) and `preload`: Vite's preload helper and
        // what the entry starts at once (the cloud's worker, the databases' opening), which must
        // not pull the app in with them. One app chunk beats twenty small ones that
        // queue behind each other when a screen is opened by URL.
        codeSplitting: {
          groups: [
            {
              name: 'preload',
              test: /vite\/preload-helper|[\\/]src[\\/](cloud[\\/]workerEarly|lib[\\/]databases)\.ts$/,
              priority: 4,
            },
            // How the cloud counts OneDrive use, apart, so that the panel's inspector does not wait
            // for MSW's chunk.
            { name: 'cloud-usage', test: /[\\/]src[\\/]cloud[\\/]usage\.ts$/, priority: 3 },
            { name: 'app', test: /[\\/]src[\\/]app[\\/]start\.tsx$/, priority: 2 },
            // What the screens share (Metro controls, the API client and hooks, the backup
            // engines) comes in one chunk, not fifteen: each file costs this main thread a request.
            {
              name: 'screens',
              test: /[\\/]src[\\/](ui|api|backup|screens[\\/]shared)[\\/](?!VirtualList)/,
              priority: 1,
            },
            {
              name: 'cloud',
              test: /node_modules[\\/](msw|@mswjs)[\\/]|[\\/]src[\\/]cloud[\\/](browser|guard|handlers[\\/])/,
              priority: 1,
            },
          ],
        },
      },
    },
  },
  preview: { port: 4173, strictPort: true, host: '127.0.0.1' },
  test: {
    globals: true,
    environment: 'jsdom',
    setupFiles: ['./src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    testTimeout: 20000,
  },
});
