import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { test, expect, type Emulator } from './fixtures';

/**
 * Determinism: a scenario with the emulated clock stopped at a set time, no cloud latency and no
 * motion renders the same pixels every time. The main screens, in both themes and two accents, against
 * baselines in e2e/__screenshots__/ (regenerate them with `npx playwright test screenshots
 * --update-snapshots` after a deliberate change of the look, and look at the new pictures).
 */

/**
 * Baselines exist per platform (fonts are bundled, but each platform rasterises them its own way).
 * Where there are none, the spec is skipped with the command that makes them, instead of failing.
 */
const BASELINES = fileURLToPath(new URL('./__screenshots__/screenshots.spec.ts/', import.meta.url));
const hasBaselines =
  existsSync(BASELINES) && readdirSync(BASELINES).some((f) => f.endsWith(`-${process.platform}.png`));
const MAKE_BASELINES = 'npx vite build && npx playwright test e2e/screenshots --update-snapshots';
let toldOnce = false;

/** The scenarios' start: Monday 23 November 2026, 9:00 PM UTC (the status bar shows 9:00 PM). */
const SCENARIO_EPOCH = Date.UTC(2026, 10, 23, 21, 0, 0);

const screens = [
  { name: 'start', path: '/start' },
  { name: 'settings', path: '/settings', title: 'settings' },
  { name: 'backup', path: '/settings/backup', title: 'backup' },
  { name: 'apps-settings', path: '/settings/backup/apps-settings', title: 'apps+settings' },
] as const;

const looks = [
  { theme: 'dark', accent: 'cobalt' },
  { theme: 'light', accent: 'cobalt' },
  { theme: 'dark', accent: 'orange' },
  { theme: 'light', accent: 'orange' },
] as const;

/** Gives the active phone a theme and accent through an export/import round trip of the state. */
async function setLook(emulator: Emulator, theme: string, accent: string): Promise<void> {
  const state = JSON.parse(await emulator.exportState({ includeSecrets: true })) as {
    phones: {
      activePhoneId: string;
      phones: Record<string, { settings: { theme: string; accent: string } }>;
    };
  };
  const phone = state.phones.phones[state.phones.activePhoneId]!;
  phone.settings = { ...phone.settings, theme, accent };
  await emulator.importState(JSON.stringify(state));
}

test.describe('screenshots', () => {
  // Several screens and panel actions each; the budget holds on a busy machine too.
  test.describe.configure({ timeout: 60_000 });
  test.beforeEach(() => {
    const updating = ['all', 'changed'].includes(test.info().config.updateSnapshots);
    const skip = !hasBaselines && !updating;
    const why = `No screenshot baselines for ${process.platform}: make them with \`${MAKE_BASELINES}\`.`;
    if (skip && !toldOnce) console.log(why);
    toldOnce ||= skip;
    test.skip(skip, why);
  });

  for (const look of looks) {
    for (const screen of screens) {
      const name = `${screen.name}-${look.theme}-${look.accent}`;
      test(name, async ({ page, gotoScenario, emulator, phone }) => {
        await gotoScenario(screen.path, 'used-phone');
        await emulator.setMotion('off');
        await emulator.setLatency(0);
        await emulator.clock.pause();
        await emulator.clock.set(SCENARIO_EPOCH);
        await setLook(emulator, look.theme, look.accent);
        await expect(page.locator('html')).toHaveAttribute('data-theme', look.theme);
        await expect(page.locator('html')).toHaveAttribute('data-accent', look.accent);
        if ('title' in screen) await phone.expectPage(screen.title);
        else await expect(page.getByRole('navigation', { name: 'tiles' })).toBeVisible();
        await expect(phone.time).toHaveText('9:00 PM');
        await page.evaluate(() => document.fonts.ready);
        await expect(page.locator('.phone-frame')).toHaveScreenshot(`${name}.png`, {
          animations: 'disabled',
          caret: 'hide',
        });
      });
    }
  }
});
