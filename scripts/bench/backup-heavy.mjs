// Backup of the heavy phone (10,000 texts, 2,000 calls, 150 apps) at zero latency, through the
// real screen: from the `back up now` click to the new time shown. Also the JS heap afterwards.
import { ratioTarget, timedRow } from './context.mjs';

const TARGET_RATIO = 1.5;
const HEAP_TARGET_MB = 60;
const MIN_RUNS = 5;

/** @type {import('./types.js').Measurement} */
export default {
  id: 'backup-heavy',
  title: 'backup of heavy-phone',
  async run(ctx) {
    const url = await ctx.emulatorUrl();
    const runs = Math.max(MIN_RUNS, Math.min(ctx.runs, 7));
    const id = 'backup.heavy';
    const figure = 'back up now, heavy-phone, latency 0 (click → new time shown)';
    let pairs;
    try {
      pairs = await ctx.paired(runs, async (page) => {
        await page.goto(`${url}/settings/backup/apps-settings?scenario=heavy-phone`);
        await page.evaluate(() => window.phoneEmulator.ready());
        const button = page.getByRole('main').getByRole('button', { name: 'back up now', exact: true });
        await button.waitFor();
        // The page has finished loading (the panel's last sections come after the first screen):
        // the figure is the backup's, not the backup's plus the end of the page load.
        await page.getByRole('heading', { name: 'cloud inspector' }).waitFor();
        const ms = await page.evaluate(async () => {
          const main = document.querySelector('main');
          const button = [...main.querySelectorAll('button')].find(
            (b) => b.textContent?.trim() === 'back up now',
          );
          const start = performance.now();
          button.click();
          while (!/last backup/.test(main.textContent ?? '')) {
            if (/There was a problem/.test(main.textContent ?? '')) throw new Error('the backup failed');
            await new Promise((r) => requestAnimationFrame(r));
          }
          return performance.now() - start;
        });
        const heap = await page.evaluate(() => performance.memory?.usedJSHeapSize ?? NaN);
        return { ms, heapMB: heap / 1024 / 1024 };
      });
    } catch (error) {
      return [{ id, figure, target: ratioTarget(TARGET_RATIO), error }];
    }
    const rows = [
      timedRow(
        { id, figure, target: TARGET_RATIO },
        pairs.map((p) => p.result.ms),
        pairs.map((p) => p.bare),
      ),
    ];
    const heaps = pairs.map((p) => p.result.heapMB).filter(Number.isFinite);
    if (heaps.length) {
      const heap = ctx.median(heaps);
      rows.push({
        id: 'heap.heavy',
        figure: 'JS heap, heavy-phone loaded and backed up',
        value: Math.round(heap * 10) / 10,
        unit: 'MB',
        target: `≤ ${HEAP_TARGET_MB} MB`,
        pass: heap <= HEAP_TARGET_MB,
      });
    }
    return rows;
  },
};
