import { test, expect, waitForEmulator } from './fixtures';

test.describe('boot', () => {
  test('a new phone boots into setup', async ({ page, gotoScenario }) => {
    await gotoScenario('/', 'new-phone');
    await expect(page).toHaveURL((url) => url.pathname === '/setup' || url.pathname.startsWith('/setup/'));
    // The app removes ?scenario= from the address bar, so a reload keeps the user's state.
    await expect(page).toHaveURL((url) => !url.searchParams.has('scenario'));
  });

  test('a used phone opens the settings list', async ({ page, gotoScenario, settings, phone }) => {
    await gotoScenario('/settings', 'used-phone');
    await settings.expectShown();
    await expect(settings.item('backup')).toBeVisible();
    expect(phone.path()).toBe('/settings');
    await expect(page).toHaveURL((url) => !url.searchParams.has('scenario'));
  });

  test('a heavy phone loaded by URL is saved, phone and cloud, once ready() has resolved', async ({
    page,
    gotoScenario,
    emulator,
  }) => {
    await gotoScenario('/start', 'heavy-phone');
    // Straight after ready(): a reload must read the whole scenario back from storage.
    await page.reload();
    await emulator.ready();
    const state = JSON.parse(await emulator.exportState()) as {
      phones: { activePhoneId: string; phones: Record<string, { messages: unknown[] }> };
      cloud: Record<string, unknown>;
    };
    const deviceId = state.phones.activePhoneId;
    expect(state.phones.phones[deviceId]?.messages).toHaveLength(10_000);
    const history = state.cloud[`messages:${deviceId}`] as { messages: unknown[] } | undefined;
    expect(history?.messages).toHaveLength(10_000);
  });
});

test.describe('window.phoneEmulator from the first script on', () => {
  test('ready() works straight after goto and after a reload, with no waiting code', async ({
    page,
    settings,
  }) => {
    await page.goto('/settings?scenario=used-phone');
    await page.evaluate(() => window.phoneEmulator.ready());
    await expect(settings.item('backup')).toBeVisible();
    await page.reload();
    await page.evaluate(() => window.phoneEmulator.ready());
    await expect(settings.item('backup')).toBeVisible();
  });

  test('a page that comes up without the cloud’s worker is reloaded once; ready() resolves and the cloud answers', async ({
    context,
    page,
    gotoScenario,
    emulator,
  }) => {
    await gotoScenario('/settings/backup/apps-settings', 'used-phone');
    // A second tab keeps the worker registered. A hard reload skips the worker, so the page comes
    // up without it, and MSW reloads it as the cloud starts.
    const other = await context.newPage();
    await other.goto('/settings');
    await waitForEmulator(other);
    const documents: string[] = [];
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame()) documents.push(frame.url());
    });
    // MSW's reload comes from a slow server (a second), long enough for MSW to finish starting on
    // the page that is going: the cloud must not be ready there.
    let loads = 0;
    await context.route('**/settings/backup/apps-settings', async (route) => {
      if (route.request().isNavigationRequest() && ++loads === 2)
        await new Promise((resolve) => setTimeout(resolve, 1000));
      await route.continue();
    });
    const cdp = await context.newCDPSession(page);
    await Promise.all([page.waitForEvent('load'), cdp.send('Page.reload', { ignoreCache: true })]);
    await emulator.ready();
    expect(documents).toHaveLength(2);
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    const backUpNow = page.getByRole('main').getByRole('button', { name: 'back up now', exact: true });
    await backUpNow.click();
    await expect(backUpNow).toBeEnabled();
    await expect(page.getByRole('main').getByText(/^Lumia 930 · last backup /)).toBeVisible();
  });

  test('ready() called as the page loads resolves with the first screen and the whole panel shown, on a slow processor too', async ({
    page,
  }) => {
    // Four times slower: React renders the first screen over several frames, after the router
    // has long settled on /start.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.addInitScript(() => {
      const seen = window as unknown as { shownAtReady?: string };
      document.addEventListener('DOMContentLoaded', () => {
        void window.phoneEmulator.ready().then(() => {
          const tiles = document.querySelectorAll('main nav[aria-label="tiles"] a').length;
          // The panel's sections past network and power load beside the first screen.
          const panel = [...document.querySelectorAll('.control-panel h3')].map((h) => h.textContent);
          const whole = ['guided demo', 'clock', 'cloud inspector'].every((name) => panel.includes(name));
          seen.shownAtReady = `${document.querySelector('main h1')?.textContent ?? 'no screen'}, ${tiles} tiles, ${whole ? 'whole panel' : `panel: ${panel.join(', ')}`}`;
        });
      });
    });
    await page.goto('/start?scenario=used-phone', { waitUntil: 'commit' });
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { shownAtReady?: string }).shownAtReady))
      .toMatch(/^start, [1-9]\d* tiles, whole panel$/);
  });

  test('a call made before the app has booted waits for the boot, then runs', async ({ page }) => {
    // Hold the app's entry script until the calls have been made.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/assets\/index-[\w-]+\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto('/settings?scenario=used-phone', { waitUntil: 'commit' });
    await page.waitForFunction(() => 'phoneEmulator' in window);
    const made = page.evaluate(() => {
      const emulator = window.phoneEmulator;
      emulator.setLatency(250);
      const now = emulator.clock.now() as unknown;
      const answeredLater = typeof (now as Promise<number>).then === 'function';
      return Promise.all([answeredLater, now, emulator.ready().then(() => 'ready')]);
    });
    // The calls are in the page, waiting: only now may the app load.
    await expect
      .poll(() => page.evaluate(() => document.querySelector('.control-panel') === null))
      .toBe(true);
    release();
    const [answeredLater, now, ready] = await made;
    expect(answeredLater).toBe(true);
    // The scenario's clock (9:00 PM, running): the call ran on the loaded phone.
    expect(now).toBeGreaterThanOrEqual(Date.UTC(2026, 10, 23, 21, 0));
    expect(now).toBeLessThan(Date.UTC(2026, 10, 23, 21, 1));
    expect(ready).toBe('ready');
    // After the boot, the same object answers at once, and the early call has taken effect.
    expect(await page.evaluate(() => window.phoneEmulator.latency())).toBe(250);
  });

  test('ready() rejects with a clear message when the app cannot load', async ({ page, pageErrors }) => {
    pageErrors.expect(/^console\.error at .*\/assets\/index-[\w-]+\.js: Failed to load resource/);
    await page.route(/\/assets\/index-[\w-]+\.js$/, (route) => route.abort('failed'));
    await page.goto('/settings', { waitUntil: 'commit' });
    await page.waitForFunction(() => 'phoneEmulator' in window);
    const outcome = await page.evaluate(() =>
      window.phoneEmulator.ready().then(
        () => 'ready',
        (e: Error) => e.message,
      ),
    );
    expect(outcome).toMatch(/^The emulator could not start: .*\/assets\/index-[\w-]+\.js did not load\.$/);
  });
});
