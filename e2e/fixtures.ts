/**
 * The shared Playwright fixture for the end-to-end tests. Import `test` and `expect` from here:
 *
 *   import { test, expect } from './fixtures';
 *   test('backup list', async ({ page, gotoScenario, emulator, settings, axe }) => {
 *     await gotoScenario('/settings', 'used-phone');
 *     await settings.open('backup');
 *     await emulator.injectFault({ kind: 'upload', error: 'server-error' });
 *     await axe.expectNoA11yViolations();
 *   });
 *
 * Everything the emulator's control panel does is reachable through `emulator`, which calls
 * `window.phoneEmulator` (SPEC §6) in the page. Pages are driven by role and visible label only;
 * never wait a fixed time: wait for what the user would see.
 */
import { test as base, expect, type ConsoleMessage } from '@playwright/test';
import type { ScenarioName } from './emulator-types';
import { expectNoA11yViolations, type A11yOptions } from './axe';
import { Emulator, gotoScenario } from './emulator';
import { PageErrors } from './pageErrors';
import { PanelPage } from './pages/panel';
import { PhonePage } from './pages/phone';
import { SettingsPage } from './pages/settings';
import { WebsitePage } from './pages/website';

export { expect };
export type { Page, Locator } from '@playwright/test';
export type * from './emulator-types';
export { expectNoA11yViolations, type A11yOptions };
export { Emulator, gotoScenario, waitForEmulator } from './emulator';

interface Fixtures {
  /** The phone frame: hardware keys, status bar, page titles. */
  phone: PhonePage;
  /** The settings list. */
  settings: SettingsPage;
  /** The control panel beside the phone. */
  panel: PanelPage;
  /** The account website (`/web/device-backups`) in its desktop browser window. */
  website: WebsitePage;
  /** `window.phoneEmulator`, called from the test. */
  emulator: Emulator;
  /** Opens `${path}?scenario=NAME` and waits for `window.phoneEmulator.ready()`. */
  gotoScenario: (path: string, scenario: ScenarioName) => Promise<void>;
  /** axe-core checks on the current page. */
  axe: { expectNoA11yViolations(options?: A11yOptions): Promise<void> };
  /**
   * Every test fails on an error in its pages (uncaught, unhandled rejection, console.error);
   * `pageErrors.expect(pattern)` declares one the test expects.
   */
  pageErrors: PageErrors;
  /** A test that fails while a `window.phoneEmulator` call waits says what the phone was busy with. */
  emulatorWaits: void;
}

/** What `settled()` (src/emulator/settled.ts) writes to the console after 10 s of waiting. */
const STILL_WAITING = 'window.phoneEmulator: still waiting';

export const test = base.extend<Fixtures>({
  pageErrors: [
    // Set up after the page and torn down before it closes: what a page does while the test run
    // closes it (a service worker update cut short) is not the test's error.
    async ({ context, page: _page }, provide) => {
      const errors = new PageErrors();
      const stop = errors.watch(context);
      await provide(errors);
      stop();
      const problems = errors.problems();
      if (problems.length > 0) throw new Error(problems.join('\n'));
    },
    { auto: true },
  ],
  emulatorWaits: [
    async ({ context }, provide, testInfo) => {
      const waits: string[] = [];
      const onConsole = (message: ConsoleMessage) => {
        if (message.type() === 'warning' && message.text().startsWith(STILL_WAITING))
          waits.push(message.text());
      };
      context.on('console', onConsole);
      await provide();
      context.off('console', onConsole);
      if (waits.length > 0 && testInfo.status !== testInfo.expectedStatus)
        throw new Error(`The phone had not settled:\n${waits.join('\n')}`);
    },
    { auto: true },
  ],
  phone: async ({ page }, provide) => {
    await provide(new PhonePage(page));
  },
  settings: async ({ page }, provide) => {
    await provide(new SettingsPage(page));
  },
  panel: async ({ page }, provide) => {
    await provide(new PanelPage(page));
  },
  website: async ({ page }, provide) => {
    await provide(new WebsitePage(page));
  },
  emulator: async ({ page }, provide) => {
    await provide(new Emulator(page));
  },
  gotoScenario: async ({ page }, provide) => {
    await provide((path, scenario) => gotoScenario(page, path, scenario));
  },
  axe: async ({ page }, provide) => {
    await provide({ expectNoA11yViolations: (options) => expectNoA11yViolations(page, options) });
  },
});
