import { test, expect, type Page } from './fixtures';
import { restoreOldPhoneUntilDone } from './restore-flow';
import { button } from './setup-flow';

/**
 * SETTINGS / lock screen and SETTINGS / ringtones+sounds: where they sit in the settings list,
 * what they show, and that a restore brings back the old phone's (non-default) values.
 */

const background = (page: Page) => page.getByRole('combobox', { name: 'Background', exact: true });
const preview = (page: Page, name: string) =>
  page.getByRole('img', { name: `lock screen preview: ${name}`, exact: true });
const ringtone = (page: Page) => page.getByRole('combobox', { name: 'Ringtone', exact: true });
const sound = (page: Page) => page.getByRole('combobox', { name: 'Notification sound', exact: true });
const toggle = (page: Page, name: string) => page.getByRole('switch', { name, exact: true });

test.describe('lock screen and ringtones+sounds', () => {
  test('the settings list has them after theme, in the order of Windows Phone 8.1', async ({
    page,
    gotoScenario,
  }) => {
    await gotoScenario('/settings', 'used-phone');
    await expect(page.getByRole('navigation', { name: 'settings' }).getByRole('link')).toHaveText([
      /^theme/,
      /^ringtones\+sounds\s*Lumia Tune$/,
      /^lock screen\s*Bing daily image$/,
      /^email\+accounts/,
      /^backup/,
      /^storage sense/,
      /^data sense/,
      /^about/,
    ]);
  });

  test('lock screen shows the background; a change shows at once and stays', async ({
    page,
    gotoScenario,
    settings,
    phone,
    emulator,
    axe,
  }) => {
    await gotoScenario('/settings', 'used-phone');
    await settings.open('lock screen');
    await expect(page).toHaveURL((url) => url.pathname === '/settings/lock-screen');
    await expect(background(page)).toHaveValue('Bing daily image');
    await expect(preview(page, 'Bing daily image')).toBeVisible();
    await axe.expectNoA11yViolations();

    await background(page).selectOption('default');
    await expect(preview(page, 'default')).toBeVisible();
    await emulator.reload();
    await expect(background(page)).toHaveValue('default');
    await phone.back();
    await expect(settings.item('lock screen')).toHaveText(/default$/);
  });

  test('ringtones+sounds shows the ringtone and the notification settings; a change stays', async ({
    page,
    gotoScenario,
    settings,
    emulator,
    axe,
  }) => {
    await gotoScenario('/settings', 'used-phone');
    await settings.open('ringtones+sounds');
    await expect(page).toHaveURL((url) => url.pathname === '/settings/ringtones-sounds');
    await expect(ringtone(page)).toHaveValue('Lumia Tune');
    await expect(sound(page)).toHaveValue('Xylophone');
    await expect(toggle(page, 'Vibrate')).toBeChecked();
    await expect(toggle(page, 'Quiet hours')).toBeChecked();
    await axe.expectNoA11yViolations();

    await ringtone(page).selectOption('Nokia Tune');
    await toggle(page, 'Quiet hours').click();
    await expect(toggle(page, 'Quiet hours')).not.toBeChecked();
    await emulator.reload();
    await expect(ringtone(page)).toHaveValue('Nokia Tune');
    await expect(toggle(page, 'Quiet hours')).not.toBeChecked();
    await expect(sound(page)).toHaveValue('Xylophone');
  });

  test("a restore brings back the old phone's lock screen, ringtone and notification settings", async ({
    page,
    gotoScenario,
    emulator,
    settings,
  }) => {
    test.slow(); // a whole setup with sign-in and restore
    await gotoScenario('/', 'two-phones');
    await restoreOldPhoneUntilDone(page, emulator);
    await button(page, 'done').click();
    await expect(page).toHaveURL((url) => url.pathname === '/start');

    // A new phone has `default`, `Nokia Tune`, `Chime` and quiet hours off.
    await settings.goto();
    await expect(settings.item('lock screen')).toHaveText(/Bing daily image$/);
    await expect(settings.item('ringtones+sounds')).toHaveText(/Lumia Tune$/);
    await settings.open('lock screen');
    await expect(background(page)).toHaveValue('Bing daily image');
    await expect(preview(page, 'Bing daily image')).toBeVisible();
    await page.goto('/settings/ringtones-sounds');
    await expect(ringtone(page)).toHaveValue('Lumia Tune');
    await expect(sound(page)).toHaveValue('Xylophone');
    await expect(toggle(page, 'Quiet hours')).toBeChecked();
  });
});
