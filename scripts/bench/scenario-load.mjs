// How long each scenario takes to load by URL: from navigation start to the phone showing its first
// screen (Start, or setup for a phone out of the box) with window.phoneEmulator.ready() resolved.
import { ratioTarget, timedRow } from './context.mjs';

const SCENARIOS = ['new-phone', 'used-phone', 'two-phones', 'almost-full', 'flaky-network', 'heavy-phone'];
const TARGET_RATIO = 3;
const MIN_RUNS = 5;

/**
 * Watches the load in the page itself: calls window.phoneEmulator.ready(), waits until the phone's
 * screen shows (the Start tiles or a page title, visible inside the phone) and logs
 * performance.now() (ms since navigation start). Measuring in the page keeps Playwright's own
 * injected scripts (page.evaluate, polling waitForFunction) off the main thread while the page
 * loads: they cost it tens of milliseconds. An init script runs before the page's inline script
 * that defines window.phoneEmulator, so it starts once the document is parsed.
 */
function watchLoad() {
  if (window.top !== window) return;
  const shown = () => {
    const screen = document.querySelector('main nav[aria-label="tiles"] a, main h1, main h2');
    return screen !== null && screen.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true });
  };
  document.addEventListener('DOMContentLoaded', async () => {
    try {
      await window.phoneEmulator.ready();
      while (!shown()) await new Promise((r) => requestAnimationFrame(r));
      console.debug(`bench:loaded ${performance.now()}`);
    } catch (e) {
      console.debug(`bench:failed ${e}`);
    }
  });
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
    const runs = Math.max(MIN_RUNS, ctx.runs);
    const rows = [];
    for (const name of SCENARIOS) {
      const id = `scenario.${name}`;
      const figure = `scenario load: /start?scenario=${name} (first screen, ready())`;
      try {
        // A fresh context each time: empty storage, as a first visit.
        const pairs = await ctx.paired(runs, async (page) => {
          await page.addInitScript(watchLoad);
          // Together, so that a failed goto does not leave loadedAt's rejection unhandled.
          const [loaded] = await Promise.all([
            loadedAt(page),
            page.goto(`${url}/start?scenario=${name}`, { waitUntil: 'commit' }),
          ]);
          return loaded;
        });
        rows.push(
          timedRow(
            { id, figure, target: TARGET_RATIO },
            pairs.map((p) => p.result),
            pairs.map((p) => p.bare),
          ),
        );
      } catch (error) {
        rows.push({ id, figure, target: ratioTarget(TARGET_RATIO), error });
      }
    }
    return rows;
  },
};
