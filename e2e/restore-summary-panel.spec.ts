import { test, expect } from './fixtures';
import { restoreOldPhoneUntilDone } from './restore-flow';
import { button } from './setup-flow';

/**
 * The control panel's `restore summary` (issue #4): what the restore brought back and what it did
 * not, the same lists as setup's `done` step, kept after a reload and after setup is finished.
 */
test.describe('restore summary in the control panel', () => {
  // A whole setup with sign-in and restore: longer than the default 30 s on a loaded machine.
  test.slow();

  test('lists what came back and what did not, after a reload too', async ({
    page,
    gotoScenario,
    emulator,
    panel,
    axe,
  }) => {
    await gotoScenario('/', 'two-phones');
    const section = panel.section('restore summary');
    await expect(section).toContainText('No restore on this phone yet.');

    await restoreOldPhoneUntilDone(page, emulator);
    const cameBack = section.getByRole('list', { name: 'What came back', exact: true });
    const didNot = section.getByRole('list', { name: "What didn't come back", exact: true });
    await expect(cameBack).toContainText('lock screen background');
    await expect(cameBack).toContainText('ringtones and notification settings');
    await expect(didNot).toContainText('Wi-Fi networks');
    await expect(didNot).toContainText('Data Sense settings');

    // The panel shows exactly the lists of the `done` step.
    const onPhone = async (region: string) =>
      page
        .getByRole('main')
        .getByRole('region', { name: region, exact: true })
        .getByRole('listitem')
        .allInnerTexts();
    const restored = await onPhone('What came back');
    const notRestored = await onPhone("What didn't come back");
    expect(restored).toContain('theme and accent color');
    await expect(cameBack.getByRole('listitem')).toHaveText(restored);
    await expect(didNot.getByRole('listitem')).toHaveText(notRestored);

    // Keyboard: the lists are tab stops after `reset phone`.
    await panel.button('reset phone', panel.phoneSection).focus();
    await page.keyboard.press('Tab');
    await expect(cameBack).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(didNot).toBeFocused();
    await axe.expectNoA11yViolations();

    // Kept in the phone's saved state: a reload after setup still shows it.
    await button(page, 'done').click();
    await expect(page).toHaveURL((url) => url.pathname === '/start');
    await emulator.reload();
    await expect(cameBack.getByRole('listitem')).toHaveText(restored);
    await expect(didNot.getByRole('listitem')).toHaveText(notRestored);

    // A reset phone has restored nothing yet.
    await panel.resetPhone();
    await expect(section).toContainText('No restore on this phone yet.');
  });
});
