// Shared, lazily created resources for the bench measurements: the browser and the two static
// servers (emulator build in dist/, or in $BENCH_DIST when set; bare React page in
// dist-bench/bare); fresh contexts, and runs paired with a bare-page load.
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

  /** Runs `fn(page)` in a fresh browser context (empty cache and storage), closed afterwards. */
  async function fresh(fn) {
    const context = await (await browser()).newContext({ viewport: { width: 1280, height: 900 } });
    try {
      return await fn(await context.newPage());
    } finally {
      await context.close();
    }
  }

  /** The bare React page's first contentful paint (ms), loaded in a fresh context. */
  async function bareFcp() {
    const url = await bareUrl();
    return fresh(async (page) => {
      await page.goto(`${url}/`);
      return firstContentfulPaint(page);
    });
  }

  return {
    runs,
    emulatorUrl,
    median,
    fresh,
    // Each run is paired with a bare-page load made just before it, rather than comparing with
    // the bare page measured once per bench: this machine's speed drifts by 20 % or more within
    // minutes, and a pair is seconds apart. A bare load takes under a second, little beside the
    // runs it normalises. It loads alone (its context is closed before the run's opens), so the
    // emulator's own work does not slow it.
    async paired(count, fn) {
      const pairs = [];
      for (let i = 0; i < count; i++) {
        const bare = await bareFcp();
        pairs.push({ bare, result: await fresh(fn) });
      }
      return pairs;
    },
    async close() {
      for (const fn of cleanups.reverse()) await fn().catch(() => {});
    },
  };
}

/**
 * A timed row: the median time (ms), the median FCP of the bare-page loads paired with the runs,
 * and the median ratio of each run's time to its own bare-page FCP, which the target judges.
 * @param {{ id: string, figure: string, target?: number }} row `target`: the highest ratio that passes
 * @param {number[]} times each run's time (ms)
 * @param {number[]} bares the FCP of the bare-page load paired with each run (ms)
 * @returns {import('./types.js').Row}
 */
export function timedRow({ id, figure, target }, times, bares) {
  const ratio = median(times.map((ms, i) => ms / bares[i]));
  return {
    id,
    figure,
    value: median(times),
    unit: 'ms',
    bareFcp: median(bares),
    ratio,
    ...(target === undefined ? {} : { target: ratioTarget(target), pass: ratio <= target }),
  };
}

/** A ratio target as the table shows it. */
export const ratioTarget = (target) => `≤ ${target}x bare FCP`;

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
