import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { contentSecurityPolicy } from './scripts/csp-plugin.ts';
import { phoneEmulatorStub } from './scripts/emulator-stub-plugin.ts';
import { preloadFonts } from './scripts/preload-fonts-plugin.ts';

export default defineConfig({
  resolve: {
    // See src/cloud/vendor/tldtsLite.ts: MSW's cookie store needs one function, not the list.
    alias: [
      {
        find: /^tldts$/,
        replacement: fileURLToPath(new URL('./src/cloud/vendor/tldtsLite.ts', import.meta.url)),
      },
    ],
  },
  plugins: [
    react(),
    tailwindcss(),
    phoneEmulatorStub(),
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
        // After the tiny entry: the app (what the first screen needs), what the screens share
        // (Metro controls, the API client and hooks, the backup engines) in one chunk rather than
        // fifteen small ones that queue behind each other when a screen opens by URL, and the
        // simulated cloud (MSW and its handlers), which the boot starts beside the phone's loading.
        // The control panel's later sections (demo, clock, the rest) come in the screens' chunk,
        // which the first screen loads anyway: they arrive with it, not last (docs/decisions.md).
        codeSplitting: {
          groups: [
            { name: 'app', test: /[\\/]src[\\/]emulator[\\/]start\.tsx$/, priority: 2 },
            {
              name: 'screens',
              test: /[\\/]src[\\/](ui|api|backup|screens[\\/]shared|emulator[\\/](panel|demo))[\\/](?!VirtualList)/,
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
