// Where the Chromium used by Playwright (e2e tests) and the bench comes from.
// Order: $CHROMIUM_PATH, /usr/bin/chromium, chromium / chromium-browser / google-chrome(-stable)
// on PATH, then Playwright's own bundled Chromium if it was ever downloaded.
import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** Chromium flags for this machine: no sandbox as root, and no start-up traffic to a closed network. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-dev-shm-usage',
];

const PATH_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

function isExecutable(file) {
  try {
    if (!statSync(file).isFile()) return false;
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function onPath(name) {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    const file = join(dir, name);
    if (isExecutable(file)) return file;
  }
  return undefined;
}

function playwrightBundled() {
  try {
    const { chromium } = require('@playwright/test');
    const file = chromium.executablePath();
    return file && isExecutable(file) ? file : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Finds a Chromium to run.
 * @returns {{ path: string, source: string } | { path: undefined, source: string, error: string }}
 */
export function resolveChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (isExecutable(fromEnv)) return { path: fromEnv, source: 'CHROMIUM_PATH' };
    return {
      path: undefined,
      source: 'CHROMIUM_PATH',
      error: `CHROMIUM_PATH=${fromEnv} is not an executable file`,
    };
  }
  if (isExecutable('/usr/bin/chromium')) return { path: '/usr/bin/chromium', source: 'system' };
  for (const name of PATH_NAMES) {
    const file = onPath(name);
    if (file) return { path: file, source: `${name} on PATH` };
  }
  const bundled = playwrightBundled();
  if (bundled) return { path: bundled, source: "Playwright's bundled Chromium" };
  return { path: undefined, source: 'none', error: 'no Chromium found' };
}

/** The executable path, or undefined (then Playwright falls back to its own and says what is missing). */
export function chromiumExecutablePath() {
  return resolveChromium().path;
}

/** Launch options for playwright's chromium.launch() / use.launchOptions. */
export function chromiumLaunchOptions() {
  return { executablePath: chromiumExecutablePath(), args: [...chromiumArgs] };
}
