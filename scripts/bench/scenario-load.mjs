// How long each scenario takes to load by URL: from navigation start to the phone showing its first
// screen (Start, or setup for a phone out of the box) with window.phoneEmulator.ready() resolved.

const SCENARIOS = ['new-phone', 'used-phone', 'two-phones', 'almost-full', 'flaky-network', 'heavy-phone'];
const TARGET_MS = 1000;
const MIN_RUNS = 5;

/**
 * Resolves performance.now() (ms since navigation start) once ready() has resolved and the
 * phone's screen shows: the Start tiles or a page title, visible inside the phone.
 */
async function loadedAt(page) {
  await page.waitForFunction(() => typeof window.phoneEmulator?.ready === 'function', undefined, {
    polling: 'raf',
    timeout: 30_000,
  });
  return page.evaluate(async () => {
    await window.phoneEmulator.ready();
    const shown = () => {
      const screen = document.querySelector('main nav[aria-label="tiles"] a, main h1, main h2');
      return screen !== null && screen.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true });
    };
    while (!shown()) await new Promise((r) => requestAnimationFrame(r));
    return performance.now();
  });
}

/** @type {import('./types.js').Measurement} */
export default {
  id: 'scenario-load',
  title: 'scenario load by URL',
  async run(ctx) {
    const url = await ctx.emulatorUrl();
    const browser = await ctx.browser();
    const runs = Math.max(MIN_RUNS, ctx.runs);
    const rows = [];
    for (const name of SCENARIOS) {
      const id = `scenario.${name}`;
      const figure = `scenario load: /start?scenario=${name} (first screen, ready())`;
      try {
        const times = [];
        for (let i = 0; i < runs; i++) {
          // A fresh context each time: empty storage, as a first visit.
          const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
          try {
            const page = await context.newPage();
            await page.goto(`${url}/start?scenario=${name}`, { waitUntil: 'commit' });
            times.push(await loadedAt(page));
          } finally {
            await context.close();
          }
        }
        const value = ctx.median(times);
        rows.push({ id, figure, value, unit: 'ms', target: `≤ ${TARGET_MS} ms`, pass: value <= TARGET_MS });
      } catch (error) {
        rows.push({ id, figure, target: `≤ ${TARGET_MS} ms`, error });
      }
    }
    return rows;
  },
};
