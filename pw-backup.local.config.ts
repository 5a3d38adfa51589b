// Temporary (backup engineer): own port and build dir so parallel runs of other engineers don't collide.
import base from './playwright.config';
import { defineConfig } from '@playwright/test';
export default defineConfig({
  ...base,
  outputDir: '/tmp/pw-backup-results',
  workers: 1,
  timeout: 120_000,
  expect: { timeout: 20_000 },
  use: { ...base.use, baseURL: 'http://127.0.0.1:4391' },
  webServer: {
    command: 'npx vite preview --port 4391 --strictPort --host 127.0.0.1 --outDir /tmp/dist-backup',
    url: 'http://127.0.0.1:4391',
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
