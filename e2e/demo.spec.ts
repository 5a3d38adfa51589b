import { test, expect } from './fixtures';

/**
 * The guided demo (`guided demo` in the panel, `?demo=restore` on the URL, runDemo() in the API):
 * back up → reset → setup → restore → apps reinstalling, driving the real app, with a caption.
 * At the fast pace (no pauses, no added latency) it must end within 5 s.
 */

const LAST_CAPTION = 'The phone is back as it was before the reset. That is the end of the demo.';

// A trace's screencast costs the page time; these tests time the demo itself.
test.use({ trace: 'off' });

test.describe('guided demo', () => {
  // Several screens and panel actions each; the budget holds on a busy machine too.
  test.describe.configure({ timeout: 60_000 });

  test('?demo=restore&pace=fast runs the whole story within 5 s and leaves the phone restored', async ({
    page,
    panel,
    phone,
    emulator,
  }) => {
    await page.goto('/settings?demo=restore&pace=fast');
    await expect(panel.demoCaption).toBeVisible();
    const started = Date.now();
    await expect(panel.demoCaption).toContainText('finished', { timeout: 5_000 });
    expect(Date.now() - started).toBeLessThan(5_000);
    await expect(panel.demoCaption).toContainText(LAST_CAPTION);
    const status = await emulator.demoStatus();
    expect(status).toMatchObject({ phase: 'done', step: status.total, error: null });

    // What the demo did is real: the phone is set up again from its backup, apps installed.
    await expect(page).toHaveURL((url) => url.pathname === '/start');
    await expect(page.locator('html')).toHaveAttribute('data-accent', 'cobalt');
    const tiles = page.getByRole('navigation', { name: 'tiles' });
    await expect(
      tiles.getByRole('link', { name: /^Wordament/ }).or(tiles.getByRole('button', { name: /^Wordament/ })),
    ).toBeVisible();
    await page.goto('/store/downloads');
    await expect(page.getByText('no downloads')).toBeVisible();
    await page.goto('/settings/backup/apps-settings');
    await expect(page.getByText(/^Lumia 930 · last backup 11\/2\d\/2026/)).toBeVisible();
    // The code it used came by email, and shows in the panel's inbox.
    await expect(panel.inbox.getByRole('listitem').first()).toContainText('to demo.home@hotmail.com');
    await expect(phone.networkIndicator('Wi-Fi')).toBeVisible();
  });

  test('the panel button starts it; it can be paused, resumed and stopped', async ({
    gotoScenario,
    panel,
    emulator,
    axe,
  }) => {
    await gotoScenario('/start', 'new-phone');
    await expect(panel.demoCaption).toBeHidden();
    await panel.startDemo();
    await expect(panel.demoCaption).toContainText(/step \d+ of \d+/);
    await expect(panel.button('guided demo')).toBeHidden();

    await panel.button('pause', panel.demo).click();
    await expect(panel.demoCaption).toContainText(/paused at step \d+ of \d+/);
    expect((await emulator.demoStatus()).phase).toBe('paused');
    await axe.expectNoA11yViolations({ include: 'aside' });
    await panel.button('resume', panel.demo).click();
    await expect(panel.demoCaption).toContainText(/^step \d+ of \d+/);

    await panel.button('stop', panel.demo).click();
    await expect(panel.demoCaption).toContainText('Demo stopped. The phone stays where the demo left it.');
    expect((await emulator.demoStatus()).phase).toBe('stopped');
    await expect(panel.button('guided demo')).toBeVisible();
  });

  test('runDemo() through the API resolves when the demo is over', async ({
    gotoScenario,
    emulator,
    panel,
  }) => {
    await gotoScenario('/start', 'new-phone');
    expect(await emulator.runDemo({ pace: 'fast' })).toBe('done');
    await expect(panel.demoCaption).toContainText(LAST_CAPTION);
    // A second demo may start once the first has ended; stopDemo() when none runs does nothing.
    await emulator.stopDemo();
    expect((await emulator.demoStatus()).phase).toBe('done');
  });

  test('the website chapter shows the new backup on the account website, then the phone again', async ({
    page,
    gotoScenario,
    emulator,
    panel,
    website,
  }) => {
    await gotoScenario('/start', 'new-phone');
    expect(await emulator.runDemo({ pace: 'fast' })).toBe('done');
    const plain = (await emulator.demoStatus()).total;
    // The panel's check box and `?demo=restore&website=1` ask for it too; here, the API.
    expect(await emulator.runDemo({ pace: 'fast', website: true })).toBe('done');
    const status = await emulator.demoStatus();
    expect(status).toMatchObject({ phase: 'done', error: null });
    expect(status.total).toBe(plain + 2);
    await expect(page).toHaveURL((url) => url.pathname === '/start');
    // The website was signed in on its own, and still is: it lists the phone's backup.
    await panel.openWebsite();
    await expect(website.row('Lumia 930')).toBeVisible();
    await panel.backToPhone();
    await expect(page).toHaveURL((url) => url.pathname === '/start');
  });
});
