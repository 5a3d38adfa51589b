// Metro motion (issue #19): the frames of the turnstile, forward (settings → backup) and back (the
// back key), and the time from a tap to the new page being interactive with motion full and off.
// Each run loads /settings of the used phone in a fresh context, once with motion full and once
// off (alternating which goes first), and waits for the page to finish loading (the panel's last
// section) before tapping.
//
// The turn's frames are those from the first frame in which the phone's page moves until it is
// still again. Before that first frame the browser does not render while it captures the old page
// and then the new one (a view transition's capture): that pause is reported on its own row.

const FRAME_MEDIAN_TARGET_MS = 17.5;
const LONGEST_FRAME_TARGET_MS = 50;
const MOTION_COST_TARGET_MS = 300;
const MIN_RUNS = 5;

/**
 * In the page: clicks `tap` (a CSS selector and the start of its text), then watches every frame
 * until the page is still. Returns the frame intervals while it moved, the pause before its first
 * moving frame, and `interactiveAt`: ms from the click until the new page's `ready` item takes a
 * tap where it rests (hit at its centre, not moving, no view transition running).
 */
async function tapAndWatch(page, tap, ready) {
  return page.evaluate(
    async ({ tap, ready }) => {
      const find = ([selector, text]) =>
        [...document.querySelectorAll(selector)].find((e) => e.textContent?.trim().startsWith(text));
      const target = find(tap);
      if (!target) throw new Error(`nothing to tap: ${tap.join(' ')}`);
      const turning = () => document.activeViewTransition != null;
      const moving = () => turning() || document.getAnimations().some((a) => a.playState === 'running');
      let last = performance.now();
      let interactiveAt = null;
      let pause = null;
      const intervals = [];
      const start = performance.now();
      target.click();
      for (;;) {
        const now = await new Promise((r) => requestAnimationFrame(r));
        const item = find(ready);
        if (interactiveAt === null && item) {
          const box = item.getBoundingClientRect();
          const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
          if (item.contains(hit) && item.getAnimations().length === 0 && !turning())
            interactiveAt = performance.now() - start;
        }
        // The phone's page moves: a view transition's pseudo-elements, or the new page turning in.
        const pageMoves = document
          .getAnimations()
          .some((a) => a.playState === 'running' && a.effect?.target?.closest?.('.phone-main, html'));
        if (pause === null && pageMoves) pause = now - last;
        else if (pause !== null) intervals.push(now - last);
        last = now;
        if (interactiveAt !== null && pause !== null && !moving()) break;
        if (interactiveAt !== null && pause === null && !moving() && performance.now() - start > 1000) break;
        if (performance.now() - start > 10_000) throw new Error('the page did not come to rest in 10 s');
      }
      return { interactiveAt, pause, intervals };
    },
    { tap, ready },
  );
}

async function loadSettings(page, url, motion) {
  await page.goto(`${url}/settings?scenario=used-phone`);
  await page.evaluate(() => window.phoneEmulator.ready());
  await page.evaluate((m) => window.phoneEmulator.setMotion(m), motion);
  await page.getByRole('heading', { name: 'cloud inspector' }).waitFor();
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

const BACKUP_ITEM = ['.phone-main a', 'backup'];
const FIRST_BACKUP_ENTRY = ['.phone-main a', 'apps+settings'];
const BACK_KEY = ['nav[aria-label="hardware keys"] button[aria-label="back"]', ''];
const FIRST_SETTINGS_ENTRY = ['.phone-main a', 'theme'];

/** @type {import('./types.js').Measurement} */
export default {
  id: 'motion',
  title: 'Metro motion',
  async run(ctx) {
    const url = await ctx.emulatorUrl();
    const runs = Math.max(MIN_RUNS, ctx.runs);
    const forward = [];
    const back = [];
    const tapFull = [];
    const tapOff = [];
    for (let i = 0; i < runs; i++) {
      for (const motion of i % 2 ? ['off', 'full'] : ['full', 'off']) {
        await ctx.fresh(async (page) => {
          await loadSettings(page, url, motion);
          const there = await tapAndWatch(page, BACKUP_ITEM, FIRST_BACKUP_ENTRY);
          if (motion === 'off') {
            tapOff.push(there.interactiveAt);
            return;
          }
          if (there.pause === null) throw new Error('the page did not turn (no animation on the phone)');
          tapFull.push(there.interactiveAt);
          forward.push(there);
          const backAgain = await tapAndWatch(page, BACK_KEY, FIRST_SETTINGS_ENTRY);
          if (backAgain.pause === null) throw new Error('the page did not turn back');
          back.push(backAgain);
        });
      }
    }
    const frameRows = (id, what, watched) => {
      const all = watched.flatMap((w) => w.intervals);
      const median = ctx.median(all);
      const longest = Math.max(...all);
      const pause = ctx.median(watched.map((w) => w.pause));
      return [
        {
          id: `motion.${id}.median`,
          figure: `turnstile ${what}: median frame interval while it moves (${all.length} frames)`,
          value: Math.round(median * 10) / 10,
          unit: 'ms',
          target: `≤ ${FRAME_MEDIAN_TARGET_MS} ms`,
          pass: median <= FRAME_MEDIAN_TARGET_MS,
        },
        {
          id: `motion.${id}.longest`,
          figure: `turnstile ${what}: longest frame while it moves, of ${watched.length} runs`,
          value: Math.round(longest * 10) / 10,
          unit: 'ms',
          target: `≤ ${LONGEST_FRAME_TARGET_MS} ms`,
          pass: longest <= LONGEST_FRAME_TARGET_MS,
        },
        {
          id: `motion.${id}.capture`,
          figure: `turnstile ${what}: pause before it moves (the pages captured), median`,
          value: Math.round(pause * 10) / 10,
          unit: 'ms',
        },
      ];
    };
    const off = ctx.median(tapOff);
    const full = ctx.median(tapFull);
    return [
      ...frameRows('forward', 'forward (settings → backup)', forward),
      ...frameRows('back', 'back (the back key)', back),
      {
        id: 'motion.tap.off',
        figure: 'tap → new page interactive, motion off (settings → backup)',
        value: off,
        unit: 'ms',
      },
      {
        id: 'motion.tap.full',
        figure: 'tap → new page interactive, motion full (turned in and still)',
        value: full,
        unit: 'ms',
        target: `≤ off + ${MOTION_COST_TARGET_MS} ms (${Math.round(off + MOTION_COST_TARGET_MS)} ms)`,
        pass: full <= off + MOTION_COST_TARGET_MS,
      },
    ];
  },
};
