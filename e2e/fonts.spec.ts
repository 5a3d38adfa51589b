import { test, expect, type Page } from './fixtures';
import { fontsUsedUnder } from './fonts';
import { atStep, button, restoreBackup, setupUntilSignIn, signIn, verifyBy } from './setup-flow';

/**
 * The phone draws every text in the bundled webfont (SPEC section 1), never in a font the machine
 * happens to have: a machine without Open Sans installed must show the same pixels as this one.
 */
async function expectBundledFontOnly(page: Page, where: string, selector = '.phone-frame'): Promise<void> {
  await page.evaluate(() => document.fonts.ready);
  const fonts = await fontsUsedUnder(page, selector);
  expect(fonts.length, `no text found in the phone on ${where}`).toBeGreaterThan(0);
  // The face's own family name: "Open Sans", "Open Sans Light", "Open Sans SemiBold".
  const others = fonts.filter((f) => !f.isCustomFont || !/^Open Sans\b/.test(f.familyName));
  expect(others, `fonts other than the bundled Open Sans on ${where}`).toEqual([]);
}

test.describe('the bundled typeface', () => {
  test('the screens of the screenshot set use only the bundled Open Sans', async ({
    page,
    gotoScenario,
    phone,
  }) => {
    await gotoScenario('/start', 'used-phone');
    await expect(page.getByRole('navigation', { name: 'tiles' })).toBeVisible();
    await expectBundledFontOnly(page, 'start');
    for (const [path, title] of [
      ['/settings', 'settings'],
      ['/settings/backup', 'backup'],
      ['/settings/backup/apps-settings', 'apps+settings'],
    ] as const) {
      await gotoScenario(path, 'used-phone');
      await phone.expectPage(title);
      await expectBundledFontOnly(page, path);
    }
  });

  test('the control panel, with every section, uses only the bundled Open Sans', async ({
    page,
    gotoScenario,
    panel,
  }) => {
    await gotoScenario('/settings/backup/apps-settings', 'used-phone');
    await page.getByRole('button', { name: 'back up now', exact: true }).click();
    await expect(page.getByText(/^Lumia 930 · last backup /)).toBeVisible();
    // Open the backup's settings part and its raw JSON: ciphertexts and JSON are shown too.
    const inspector = panel.section('cloud inspector');
    await inspector.getByText(/^Lumia 930 \(Lumia 930\)/).click();
    await inspector.getByText(/^settings · /).click();
    await expect(inspector.getByText(/^AES-GCM iv /).first()).toBeVisible();
    await inspector.getByText('raw JSON').first().click();
    await expect(inspector.locator('pre').first()).toBeVisible();
    await expectBundledFontOnly(page, 'the control panel', '.control-panel');
  });

  test('the account website and its browser window use only the bundled Open Sans', async ({
    page,
    gotoScenario,
    emulator,
    website,
  }) => {
    await gotoScenario('/web/device-backups', 'two-phones');
    await expect(website.email).toBeVisible();
    await expectBundledFontOnly(page, 'the website: sign in', '[aria-label="desktop browser"]');
    await website.signIn(emulator);
    await expect(website.row('Lumia 920')).toBeVisible();
    await expectBundledFontOnly(page, 'the website: Device backups', '[aria-label="desktop browser"]');
  });

  test('every setup step uses only the bundled Open Sans', async ({ page, gotoScenario, emulator }) => {
    test.setTimeout(60_000);
    await gotoScenario('/', 'two-phones');
    await atStep(page, 'language', 'language', false);
    await expectBundledFontOnly(page, 'setup: language');
    await button(page, 'next').click();
    await atStep(page, 'terms of use', 'terms', false);
    await expectBundledFontOnly(page, 'setup: terms');
    await button(page, 'accept').click();
    await atStep(page, 'wi-fi networking', 'wifi', false);
    await expectBundledFontOnly(page, 'setup: wifi');
    await button(page, 'skip').click();
    await atStep(page, 'recommended', 'recommended', false);
    await expectBundledFontOnly(page, 'setup: recommended');
    await button(page, 'next').click();
    await atStep(page, 'date+time', 'time', false);
    await expectBundledFontOnly(page, 'setup: time');

    // From the top again with the shared helpers, for the steps after date+time.
    await gotoScenario('/', 'two-phones');
    await setupUntilSignIn(page, null);
    await expectBundledFontOnly(page, 'setup: sign-in');
    await signIn(page, emulator);
    await expectBundledFontOnly(page, 'setup: verify');
    await verifyBy(page, emulator, 'Email');
    await expect(page.getByRole('list', { name: 'backups' })).toBeVisible();
    await expectBundledFontOnly(page, 'setup: backups');
    await restoreBackup(page, 'Lumia 920', 'any time');
    await atStep(page, 'accounts', 'passwords', false);
    await expectBundledFontOnly(page, 'setup: passwords');
    await button(page, 'next').click();
    await atStep(page, 'all done', 'done', false);
    await expectBundledFontOnly(page, 'setup: done');
  });
});
