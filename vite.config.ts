import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { contentSecurityPolicy } from './scripts/csp-plugin.ts';

export default defineConfig({
  plugins: [react(), tailwindcss(), contentSecurityPolicy()],
  build: {
    target: 'es2022',
    sourcemap: false,
    rollupOptions: {
      output: {
        // MSW (the simulated cloud) gets its own chunk, loaded after the first paint.
        manualChunks(id) {
          if (id.includes('node_modules/msw') || id.includes('node_modules/@mswjs') || id.includes('node_modules/tough-cookie') || id.includes('node_modules/tldts')) return 'msw';
          return undefined;
        },
      },
    },
  },
  preview: { port: 4173, strictPort: true, host: '127.0.0.1' },
  test: {
    globals: true,
    environment: 'jsdom',
    setupFiles: ['./src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    testTimeout: 20000,
  },
});
