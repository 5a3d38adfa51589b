// Shared, lazily created resources for the bench measurements: the browser, the two static
// servers (emulator build in dist/, or in $BENCH_DIST when set; bare React page in
// dist-bench/bare), and the results so far.
import { existsSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions, resolveChromium } from '../chromium.mjs';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** The emulator build to serve: dist/, or BENCH_DIST (e.g. /tmp/my-dist) to bench a build kept apart. */
export const DIST = process.env.BENCH_DIST
  ? `${resolve(process.env.BENCH_DIST)}${sep}`
  : fileURLToPath(new URL('../../dist/', import.meta.url));
export const BARE_ROOT = fileURLToPath(new URL('../bench-bare/', import.meta.url));
export const BARE_OUT = fileURLToPath(new URL('../../dist-bench/bare/', import.meta.url));

export function median(values) {
  if (values.length === 0) throw new Error('median of nothing');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function once(fn) {
  let promise;
  return () => (promise ??= fn());
}

async function serve(outDir) {
  const { preview } = await import('vite');
  const server = await preview({
    configFile: false,
    root: ROOT,
    logLevel: 'silent',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error(`vite preview of ${outDir} reported no address`);
  return { url: url.replace(/\/$/, ''), close: () => server.close() };
}

/**
 * @param {{ runs: number }} options
 */
export function createContext({ runs }) {
  const cleanups = [];
  /** @type {Map<string, number>} */
  const values = new Map();

  const browser = once(async () => {
    const found = resolveChromium();
    if (!found.path) throw new Error(`${found.error}; run node scripts/ensure-chromium.mjs`);
    const b = await chromium.launch({ headless: true, ...chromiumLaunchOptions() });
    cleanups.push(() => b.close());
    return b;
  });

  const emulatorUrl = once(async () => {
    if (!existsSync(`${DIST}index.html`))
      throw new Error(
        process.env.BENCH_DIST
          ? `BENCH_DIST=${process.env.BENCH_DIST} holds no build: run \`npx vite build --outDir ${process.env.BENCH_DIST}\``
          : 'dist/ is not built: run `npx vite build` (npm run bench does)',
      );
    const s = await serve(DIST);
    cleanups.push(s.close);
    return s.url;
  });

  const bareUrl = once(async () => {
    const [{ build }, { default: react }] = await Promise.all([
      import('vite'),
      import('@vitejs/plugin-react'),
    ]);
    await build({
      configFile: false,
      root: BARE_ROOT,
      logLevel: 'silent',
      plugins: [react()],
      build: { outDir: BARE_OUT, emptyOutDir: true },
    });
    const s = await serve(BARE_OUT);
    cleanups.push(s.close);
    return s.url;
  });

  return {
    runs,
    browser,
    emulatorUrl,
    bareUrl,
    median,
    /** Runs `fn(page)` `runs` times, each in a fresh browser context (empty cache and storage). */
    async eachLoad(fn) {
      const b = await browser();
      const results = [];
      for (let i = 0; i < runs; i++) {
        const context = await b.newContext({ viewport: { width: 1280, height: 900 } });
        try {
          results.push(await fn(await context.newPage(), i));
        } finally {
          await context.close();
        }
      }
      return results;
    },
    /** A figure measured earlier in this run (by its row id); throws if it is missing or failed. */
    value(id) {
      if (!values.has(id)) throw new Error(`needs "${id}", which was not measured in this run`);
      return values.get(id);
    },
    record(id, value) {
      values.set(id, value);
    },
    async close() {
      for (const fn of cleanups.reverse()) await fn().catch(() => {});
    },
  };
}

/** The page's first-contentful-paint time (ms since navigation start), waiting for it to happen. */
export async function firstContentfulPaint(page) {
  const handle = await page.waitForFunction(
    () => performance.getEntriesByName('first-contentful-paint', 'paint')[0]?.startTime ?? false,
    undefined,
    { timeout: 15_000 },
  );
  return /** @type {number} */ (await handle.jsonValue());
}

/** The page's first-paint time, or undefined if the browser does not report one. */
export async function firstPaint(page) {
  return page.evaluate(() => performance.getEntriesByName('first-paint', 'paint')[0]?.startTime);
}
