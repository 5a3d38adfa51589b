import { test, expect } from './fixtures';
import { button, methods, setupUntilSignIn, signIn } from './setup-flow';

/**
 * The control panel beside the phone (SPEC section 6): each control, used as a person would, and
 * what it does to the phone. The `emulator` fixture is used only to read back what the panel set.
 */

const BACKUP_FAILED = 'There was a problem backing up your settings. Try again later.';

test.describe('control panel', () => {
  // Several screens and panel actions each; the budget holds on a busy machine too.
  test.describe.configure({ timeout: 90_000 });

  test('is laid out beside the phone, keyboard-reachable and passes axe', async ({
    page,
    gotoScenario,
    panel,
    axe,
  }) => {
    await gotoScenario('/', 'two-phones');
    for (const title of [
      'guided demo',
      'network and power',
      'clock',
      'cloud',
      'inbox of the other devices',
      'demo account',
      'phone and scenarios',
      'state file',
      'cloud inspector',
    ]) {
      await expect(panel.section(title)).toBeVisible();
    }
    // Beside the phone on a wide screen: the panel starts right of the phone's frame.
    const phoneBox = await page.locator('.phone-frame').boundingBox();
    const panelBox = await panel.root.boundingBox();
    expect(panelBox!.x).toBeGreaterThan(phoneBox!.x + phoneBox!.width);

    // Keyboard: the network radios are one tab stop; the arrow keys change the network.
    await panel.networkOption('Wi-Fi').focus();
    await page.keyboard.press('ArrowRight');
    await expect(panel.networkOption('cellular only')).toBeChecked();
    await expect(page.getByRole('img', { name: 'cellular', exact: true })).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(panel.powerOption('plugged in')).toBeFocused();

    // Everything open, the inspector's details too (the old phone's backup and its settings).
    await panel.inspector.getByText(/^Lumia 920 \(Lumia 920\)/).click();
    await panel.inspector.getByText(/^settings · /).click();
    await expect(panel.inspector).toContainText('dark, red');
    await axe.expectNoA11yViolations();
  });

  test('network: offline shows in the status bar and back up now fails; Wi-Fi brings it back', async ({
    page,
    gotoScenario,
    panel,
    phone,
  }) => {
    await gotoScenario('/settings/backup/apps-settings', 'used-phone');
    await expect(phone.networkIndicator('Wi-Fi')).toBeVisible();
    await panel.setNetwork('offline');
    await expect(phone.networkIndicator('no network')).toBeVisible();
    await button(page, 'back up now').click();
    await expect(page.getByRole('main').getByRole('alert')).toHaveText(BACKUP_FAILED);
    await expect(page.getByText('Lumia 930 · no backup yet')).toBeVisible();

    await panel.setNetwork('cellular only');
    await expect(phone.networkIndicator('cellular')).toBeVisible();
    await panel.setNetwork('Wi-Fi');
    await expect(phone.networkIndicator('Wi-Fi')).toBeVisible();
    await button(page, 'back up now').click();
    await expect(page.getByText(/^Lumia 930 · last backup 11\/23\/2026 9:0\d PM$/)).toBeVisible();
  });

  test('power: battery and its level show in the status bar at once', async ({
    gotoScenario,
    panel,
    phone,
  }) => {
    await gotoScenario('/start', 'used-phone');
    await expect(phone.battery).toHaveAccessibleName('battery 82%, charging');
    await panel.setPower('battery');
    await expect(phone.battery).toHaveAccessibleName('battery 82%');
    await panel.setBatteryLevel(15);
    await expect(phone.battery).toHaveAccessibleName('battery 15%');
    await expect(panel.batteryLevel).toHaveValue('15');
    await panel.setPower('plugged in');
    await expect(phone.battery).toHaveAccessibleName('battery 15%, charging');
  });

  test('clock: paused, fast-forwarded (+1 day backs up on its own) and set', async ({
    page,
    gotoScenario,
    panel,
    phone,
    emulator,
  }) => {
    await gotoScenario('/settings/backup/apps-settings', 'used-phone');
    await panel.pauseClock();
    await expect(panel.clock).toContainText('paused');
    expect(await emulator.clock.running()).toBe(false);
    await expect(panel.clockTime).toHaveText('11/23/2026 9:00 PM');
    await expect(phone.time).toHaveText('9:00 PM');

    await panel.fastForward('+1 hour');
    await expect(phone.time).toHaveText('10:00 PM');
    await expect(page.getByText('Lumia 930 · no backup yet')).toBeVisible();
    // A day after backup was turned on, on Wi-Fi and plugged in: the phone backs up by itself.
    await panel.fastForward('+1 day');
    await expect(panel.clockTime).toHaveText('11/24/2026 10:00 PM');
    await expect(page.getByText('Lumia 930 · last backup 11/24/2026 10:00 PM')).toBeVisible();

    await panel.setClock('2027-01-31T08:30');
    await expect(panel.clockTime).toHaveText('1/31/2027 8:30 AM');
    await expect(phone.time).toHaveText('8:30 AM');
    await panel.runClock();
    expect(await emulator.clock.running()).toBe(true);
  });

  test('cloud: a fault injected from the panel fails the backup, then is used up', async ({
    page,
    gotoScenario,
    panel,
    emulator,
    axe,
  }) => {
    await gotoScenario('/settings/backup/apps-settings', 'used-phone');
    await panel.injectFault('commit', 'server error');
    await expect(panel.activeFaults.getByRole('listitem')).toHaveText([
      /^commit · server error · next request/,
    ]);
    await button(page, 'back up now').click();
    await expect(page.getByRole('main').getByRole('alert')).toHaveText(BACKUP_FAILED);
    await expect(page.getByText('Lumia 930 · no backup yet')).toBeVisible();
    // The fault was for the next request only: it is gone, and the next backup goes through.
    await expect(panel.activeFaults).toHaveCount(0);
    await button(page, 'back up now').click();
    await expect(page.getByText(/^Lumia 930 · last backup /)).toBeVisible();

    await panel.injectFault('upload', 'full quota', 'until cleared');
    await panel.injectFault('list-backups', 'timeout');
    await expect(panel.activeFaults.getByRole('listitem')).toHaveCount(2);
    await axe.expectNoA11yViolations({ include: 'aside' });
    expect((await emulator.faults()).map((f) => [f.kind, f.error, f.remaining])).toEqual([
      ['upload', 'quota-full', 'always'],
      ['list-backups', 'timeout', 1],
    ]);
    await panel.removeFault('list-backups · timeout · next request');
    await expect(panel.activeFaults.getByRole('listitem')).toHaveText([
      /^upload · full quota · until cleared/,
    ]);
    await panel.clearFaults();
    await expect(panel.activeFaults).toHaveCount(0);
    expect(await emulator.faults()).toEqual([]);
  });

  test('cloud: latency from the slider', async ({ gotoScenario, panel, emulator }) => {
    await gotoScenario('/start', 'used-phone');
    await panel.setLatency(2.5);
    await expect(panel.cloud.getByText('2.5 s', { exact: true })).toBeVisible();
    expect(await emulator.latency()).toBe(2500);
    await panel.setLatency(0);
    expect(await emulator.latency()).toBe(0);
  });

  test('inbox: a code requested in setup arrives by email and by call, never by text', async ({
    page,
    gotoScenario,
    panel,
    emulator,
    axe,
  }) => {
    test.slow();
    await gotoScenario('/', 'new-phone');
    await expect(panel.section('inbox of the other devices')).toContainText('No codes yet');
    await expect(panel.demoAccount).toContainText('demo@outlook.com');
    await expect(panel.demoAccount).toContainText('Lumia-930');
    await setupUntilSignIn(page, 'HomeNet');
    await signIn(page, emulator);

    await methods(page)
      .getByRole('radio', { name: /^Email / })
      .check();
    await button(page, 'send code').click();
    await expect(page.getByRole('textbox', { name: 'Code' })).toBeVisible();
    const emailed = await emulator.latestCode('email');
    await expect(panel.inbox.getByRole('listitem')).toHaveCount(1);
    await expect(panel.inbox.getByRole('listitem').first()).toContainText('email');
    await expect(panel.inbox.getByRole('listitem').first()).toContainText('to demo.home@hotmail.com');
    await expect(panel.inbox.getByRole('listitem').first()).toContainText(emailed!);
    await expect(panel.inbox.getByRole('listitem').first()).toContainText('11/23/2026 9:0');

    // A text to the phone being set up never arrives; a call does, and shows first (newest).
    await button(page, "I didn't get a code").click();
    await methods(page)
      .getByRole('radio', { name: /^Text / })
      .check();
    await button(page, 'send code').click();
    await expect(page.getByRole('textbox', { name: 'Code' })).toBeVisible();
    await button(page, "I didn't get a code").click();
    await methods(page)
      .getByRole('radio', { name: /^Call / })
      .check();
    await button(page, 'send code').click();
    await expect(page.getByRole('textbox', { name: 'Code' })).toBeVisible();
    const called = await emulator.latestCode('call');
    await expect(panel.inbox.getByRole('listitem')).toHaveCount(2);
    await expect(panel.inbox.getByRole('listitem').first()).toContainText(`call`);
    await expect(panel.inbox.getByRole('listitem').first()).toContainText(called!);
    await expect(panel.inbox).not.toContainText('text');
    await axe.expectNoA11yViolations({ include: 'aside' });
  });

  test('cloud inspector follows the cloud: a backup with its parts, contents and OneDrive use', async ({
    page,
    gotoScenario,
    panel,
  }) => {
    await gotoScenario('/settings/backup/apps-settings', 'used-phone');
    await expect(panel.inspector).toContainText('demo@outlook.com');
    // A used phone with text backup on: its texts are already in the cloud, no backup yet.
    await expect(panel.inspector).toContainText('Lumia 930 (Lumia 930) · no backup');
    await expect(panel.inspector).toContainText('Text messages: 60 (7.06 KB)');
    await expect(panel.inspector).toContainText('7.06 KB used of 28 GB');

    await button(page, 'back up now').click();
    await expect(page.getByText(/^Lumia 930 · last backup /)).toBeVisible();
    await expect(panel.inspector).toContainText(/Lumia 930 \(Lumia 930\) · backup 11\/23\/2026 9:0\d PM/);
    await expect(panel.inspector).not.toContainText('7.06 KB used');
    await panel.inspector.getByText(/^Lumia 930 \(Lumia 930\)/).click();
    await panel.inspector.getByText(/^settings · /).click();
    const settingsPart = panel.inspector.locator('details', { has: page.getByText(/^settings · /) }).last();
    await expect(settingsPart).toContainText('dark, cobalt');
    // Account passwords in a backup are ciphertext; the plain passwords never reach the cloud.
    await expect(settingsPart).toContainText(
      /outlook: ana\.work@outlook\.com\s*password: AES-GCM iv \S+ · \S+/,
    );
    await expect(panel.inspector).not.toContainText('Outlook-pass-1');
    await panel.inspector.getByText(/^app data · /).click();
    await expect(panel.inspector).toContainText('Wordament');
    await expect(panel.inspector).toContainText(/Angry Birds Star Wars · 140 MB · skipped \(over 100 MB\)/);
  });

  test('reset phone asks first; cancel keeps the phone, yes wipes it into setup', async ({
    page,
    gotoScenario,
    panel,
    phone,
  }) => {
    await gotoScenario('/settings', 'used-phone');
    await panel.button('reset phone').click();
    await expect(panel.button('yes, reset')).toBeFocused();
    await panel.button('cancel').click();
    await expect(panel.button('reset phone')).toBeVisible();
    await expect(phone.pageTitle('settings')).toBeVisible();

    await panel.resetPhone();
    await expect(page).toHaveURL((url) => url.pathname === '/setup/language');
    await expect(phone.pageTitle('language')).toBeVisible();
    // The cloud is untouched: the account is still in the inspector.
    await expect(panel.inspector).toContainText('demo@outlook.com');
  });

  test('scenarios load from the panel; in two-phones the panel switches between the phones', async ({
    page,
    gotoScenario,
    panel,
    phone,
    emulator,
  }) => {
    await gotoScenario('/start', 'used-phone');
    await panel.loadScenario('two-phones');
    // The new Lumia 930 is out of the box: setup.
    await expect(page).toHaveURL((url) => url.pathname.startsWith('/setup/'));
    await expect(panel.phoneOption('Windows Phone (Lumia 930)')).toBeChecked();
    await panel.phoneOption('Lumia 920').check();
    await expect(page).toHaveURL((url) => url.pathname === '/start');
    await expect(page.locator('html')).toHaveAttribute('data-accent', 'red');
    expect((await emulator.phones()).find((p) => p.active)?.model).toBe('Lumia 920');
    await panel.phoneOption('Windows Phone (Lumia 930)').check();
    await expect(phone.pageTitle('language')).toBeVisible();

    // The same through the API.
    await emulator.switchPhone('dev-lumia920-0001');
    await expect(page).toHaveURL((url) => url.pathname === '/start');
    await expect(panel.phoneOption('Lumia 920')).toBeChecked();
  });
});
