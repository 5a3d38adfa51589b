// The emulator's first load: how soon the phone shell paints, and how soon the settings list of
// a used phone can be used (its `backup` entry is a visible, enabled link).
import { firstContentfulPaint, firstPaint, timedRow } from './context.mjs';

const SETTINGS = '/settings?scenario=used-phone';
const SHELL_TARGET_RATIO = 1.2;

/** Resolves performance.now() in the page at the moment a visible, enabled `backup…` link exists. */
async function backupLinkUsableAt(page) {
  const handle = await page.waitForFunction(
    () => {
      const links = document.querySelectorAll('a[href], [role="link"]');
      for (const el of links) {
        const name = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim();
        if (!/^backup/.test(name)) continue;
        if (!el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) continue;
        if (el.getAttribute('aria-disabled') === 'true' || el.closest('[inert]')) continue;
        return performance.now();
      }
      return false;
    },
    undefined,
    { polling: 'raf', timeout: 20_000 },
  );
  return /** @type {number} */ (await handle.jsonValue());
}

/** @type {import('./types.js').Measurement} */
export default {
  id: 'emulator-load',
  title: 'emulator first load',
  async run(ctx) {
    const url = await ctx.emulatorUrl();
    const pairs = await ctx.paired(ctx.runs, async (page) => {
      await page.goto(`${url}${SETTINGS}`, { waitUntil: 'commit' });
      const usable = await backupLinkUsableAt(page);
      const fcp = await firstContentfulPaint(page);
      const fp = await firstPaint(page);
      if (typeof fp !== 'number') throw new Error('the browser reported no first-paint entry');
      // The same check a test makes, by role: the timing above must have seen the real thing.
      const link = page.getByRole('link', { name: /^backup/ });
      await link.first().waitFor({ state: 'visible' });
      if (!(await link.first().isEnabled())) throw new Error('the backup link is not enabled');
      return { fcp, fp, usable };
    });
    const bares = pairs.map((p) => p.bare);
    const times = (key) => pairs.map((p) => p.result[key]);
    return [
      // The static shell in index.html (frame, bezel, keys: boxes and borders, no text) is what the
      // first frame shows; the paint timing API counts it as first-paint, not as contentful.
      timedRow(
        {
          id: 'emulator.shell-paint',
          figure: 'emulator: phone shell paint (first paint)',
          target: SHELL_TARGET_RATIO,
        },
        times('fp'),
        bares,
      ),
      timedRow(
        { id: 'emulator.fcp', figure: 'emulator: first contentful paint (first text)' },
        times('fcp'),
        bares,
      ),
      timedRow(
        { id: 'emulator.settings-usable', figure: `emulator: settings list usable (${SETTINGS})` },
        times('usable'),
        bares,
      ),
    ];
  },
};
