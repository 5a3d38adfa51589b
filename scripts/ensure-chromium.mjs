// Makes sure a Chromium is available for Playwright (e2e) and the bench, and says which one.
// Playwright cannot download its own browsers here, so the Debian package is the usual source.
import { spawnSync } from 'node:child_process';
import { resolveChromium } from './chromium.mjs';

const INSTALL = 'apt-get update && apt-get install -y chromium';

function report(found) {
  console.log(`Chromium: ${found.path} (${found.source})`);
}

let found = resolveChromium();
if (found.path) {
  report(found);
  process.exit(0);
}

if (process.env.CHROMIUM_PATH) {
  // The user asked for a particular browser: do not install another one behind their back.
  console.error(`ensure-chromium: ${found.error}. Fix CHROMIUM_PATH or unset it.`);
  process.exit(1);
}

if (process.getuid?.() === 0) {
  console.log(`ensure-chromium: no Chromium found; running as root, installing it: ${INSTALL}`);
  const run = spawnSync('sh', ['-c', INSTALL], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (run.status !== 0) {
    console.error(`ensure-chromium: "${INSTALL}" failed (exit ${run.status ?? run.signal}).`);
    process.exit(1);
  }
  found = resolveChromium();
  if (found.path) {
    report(found);
    process.exit(0);
  }
  console.error('ensure-chromium: chromium was installed but still cannot be found.');
  process.exit(1);
}

console.error('ensure-chromium: no Chromium found (looked at $CHROMIUM_PATH, /usr/bin/chromium, chromium,');
console.error("chromium-browser, google-chrome(-stable) on PATH, and Playwright's bundled browser).");
console.error('Install it with:');
console.error('');
console.error('  sudo apt-get install -y chromium');
console.error('');
console.error('or point CHROMIUM_PATH at a Chromium/Chrome executable.');
process.exit(1);
