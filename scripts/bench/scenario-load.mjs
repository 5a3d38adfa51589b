// How long each scenario takes to load by URL: from navigation start to the phone showing its first
// screen (Start, or setup for a phone out of the box) with window.phoneEmulator.ready() resolved.

const SCENARIOS = ['new-phone', 'used-phone', 'two-phones', 'almost-full', 'flaky-network', 'heavy-phone'];
const TARGET_MS = 1000;
const MIN_RUNS = 5;

/**
 * Watches a page from its first script on, in the page itself: once window.phoneEmulator exists it
 * calls ready(), waits until the phone's screen shows (the Start tiles or a page title, visible
 * inside the phone) and logs performance.now() (ms since navigation start). Measuring in the page
 * keeps Playwright's own injected scripts (page.evaluate, polling waitForFunction) off the main
 * thread while the page loads: they cost it tens of milliseconds.
 */
function watchLoad() {
  const shown = () => {
    const screen = document.querySelector('main nav[aria-label="tiles"] a, main h1, main h2');
    return screen !== null && screen.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true });
  };
  const frame = () => new Promise((r) => requestAnimationFrame(r));
  const measure = async () => {
    await window.phoneEmulator.ready();
    while (!shown()) await frame();
    console.debug(`bench:loaded ${performance.now()}`);
  };
  const poll = () => {
    if (typeof window.phoneEmulator?.ready === 'function')
      measure().catch((e) => console.debug(`bench:failed ${e}`));
    else requestAnimationFrame(poll);
  };
  if (window.top === window) poll();
}

/** Resolves the time the page logged from watchLoad, or rejects on its failure or after 30 s. */
function loadedAt(page) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the phone did not show a screen in 30 s')), 30_000);
    page.on('console', (message) => {
      const [tag, ...rest] = message.text().split(' ');
      if (tag === 'bench:loaded') {
        clearTimeout(timer);
        resolve(Number(rest[0]));
      } else if (tag === 'bench:failed') {
        clearTimeout(timer);
        reject(new Error(rest.join(' ')));
      }
    });
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
            await context.addInitScript(watchLoad);
            const page = await context.newPage();
            const loaded = loadedAt(page);
            await page.goto(`${url}/start?scenario=${name}`, { waitUntil: 'commit' });
            times.push(await loaded);
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
