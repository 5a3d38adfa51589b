import { test, expect } from './fixtures';
import { atStep, button, methods, setupUntilSignIn, signIn, verifyBy } from './setup-flow';

const TEXT_CANT_ARRIVE =
  "The text can't reach this phone while it's being set up. Choose call or email instead.";

test.describe('setup', () => {
  // Whole setups with an axe scan at every step: longer than the default 30 s on a loaded machine.
  test.slow();

  test('skip: the phone starts with defaults, and a reload resumes setup where it was', async ({
    page,
    gotoScenario,
    emulator,
  }) => {
    await gotoScenario('/', 'new-phone');
    await atStep(page, 'language', 'language');
    await button(page, 'next').click();
    await atStep(page, 'terms of use', 'terms');
    await button(page, 'accept').click();
    await atStep(page, 'wi-fi networking', 'wifi');
    await emulator.reload();
    await atStep(page, 'wi-fi networking', 'wifi', false);
    // Setup cannot be skipped ahead by URL.
    await page.goto('/setup/done');
    await emulator.ready();
    await atStep(page, 'wi-fi networking', 'wifi', false);
    await button(page, 'skip').click();
    await button(page, 'next').click();
    await atStep(page, 'date+time', 'time');
    await button(page, 'next').click();

    await button(page, 'skip').click();
    await atStep(page, 'all done', 'done');
    await expect(page.getByText('Your phone is set up with default settings.')).toBeVisible();
    await button(page, 'done').click();
    await expect(page).toHaveURL((url) => url.pathname === '/start');
    await expect(page.locator('html')).toHaveAttribute('data-accent', 'cyan');
    await expect(page.getByRole('link', { name: /^Messaging/ })).toBeVisible();
    // Set up: setup is no longer reachable.
    await page.goto('/setup/language');
    await expect(page).toHaveURL((url) => url.pathname === '/start');
  });

  test('an account without backups can only start as a new phone', async ({
    page,
    gotoScenario,
    emulator,
  }) => {
    await gotoScenario('/', 'new-phone');
    await setupUntilSignIn(page, 'HomeNet');
    await signIn(page, emulator);
    await verifyBy(page, emulator, 'Email');
    await expect(
      page.getByText("We couldn't find any backups for this account.", { exact: true }),
    ).toBeVisible();
    await atStep(page, 'restore', 'backups');
    await button(page, 'set up as a new phone').click();
    await atStep(page, 'all done', 'done');
    await button(page, 'done').click();
    await expect(page).toHaveURL((url) => url.pathname === '/start');
    await page.goto('/settings');
    await expect(page.getByRole('link', { name: /^email\+accounts/ })).toContainText('demo@outlook.com');
  });

  test('a text to the phone being set up never arrives; a call does', async ({
    page,
    gotoScenario,
    emulator,
  }) => {
    await gotoScenario('/', 'new-phone');
    await setupUntilSignIn(page, null);
    await signIn(page, emulator);
    await methods(page)
      .getByRole('radio', { name: /^Text / })
      .check();
    await button(page, 'send code').click();
    await expect(page.getByText(/^Waiting for the text… \d+ s$/)).toBeVisible();
    await atStep(page, 'verify', 'verify');
    expect((await emulator.inbox()).filter((m) => m.channel === 'text')).toEqual([]);

    await button(page, "I didn't get a code").click();
    await expect(page.getByRole('alert')).toHaveText(TEXT_CANT_ARRIVE);
    await expect(methods(page).getByRole('radio')).toHaveCount(2);
    await expect(methods(page).getByRole('radio', { name: /^Text / })).toHaveCount(0);
    await atStep(page, 'verify', 'verify');

    // A wrong code shows the cloud's message; the right one goes on.
    await methods(page)
      .getByRole('radio', { name: /^Call / })
      .check();
    await button(page, 'send code').click();
    await page.getByRole('textbox', { name: 'Code' }).fill('000000');
    await button(page, 'next').click();
    await expect(page.getByRole('alert')).toHaveText("That code didn't work. Check the code and try again.");
    await page.getByRole('textbox', { name: 'Code' }).fill((await emulator.latestCode('call')) ?? '');
    await button(page, 'next').click();
    await expect(page.getByText("We couldn't find any backups for this account.")).toBeVisible();
  });

  test('the wait for a text ends by itself after 30 seconds of emulated time', async ({
    page,
    gotoScenario,
    emulator,
  }) => {
    await gotoScenario('/', 'new-phone');
    await setupUntilSignIn(page, null);
    await signIn(page, emulator);
    await methods(page)
      .getByRole('radio', { name: /^Text / })
      .check();
    await button(page, 'send code').click();
    await expect(page.getByText(/^Waiting for the text…/)).toBeVisible();
    await emulator.clock.advance(31_000);
    await expect(page.getByRole('alert')).toHaveText(TEXT_CANT_ARRIVE);
    await verifyBy(page, emulator, 'Email');
    await expect(page.getByText("We couldn't find any backups for this account.")).toBeVisible();
  });

  test("expired codes and too many wrong codes show the cloud's message", async ({
    page,
    gotoScenario,
    emulator,
  }) => {
    await gotoScenario('/', 'new-phone');
    await setupUntilSignIn(page, 'Contoso Guest');
    await signIn(page, emulator);
    await methods(page)
      .getByRole('radio', { name: /^Email / })
      .check();
    await button(page, 'send code').click();
    const code = (await emulator.latestCode('email')) ?? '';
    await emulator.clock.advance(11 * 60_000);
    await page.getByRole('textbox', { name: 'Code' }).fill(code);
    await button(page, 'next').click();
    // The sign-in ends with its code: a new code needs the password again.
    await expect(page.getByRole('alert')).toHaveText(
      'That code has expired. Sign in again to get a new one.',
    );
    await button(page, 'sign in again').click();
    await signIn(page, emulator);
    await methods(page)
      .getByRole('radio', { name: /^Email / })
      .check();
    await button(page, 'send code').click();
    for (let i = 0; i < 4; i++) {
      await page.getByRole('textbox', { name: 'Code' }).fill(`00000${i}`);
      await button(page, 'next').click();
      // The cloud answers each code before the next is typed: the alert's text is the same each time.
      await emulator.ready();
      await expect(page.getByRole('alert')).toHaveText(
        "That code didn't work. Check the code and try again.",
      );
    }
    await page.getByRole('textbox', { name: 'Code' }).fill('000009');
    await button(page, 'next').click();
    await expect(page.getByRole('alert')).toHaveText(/^Too many wrong codes\. Try again in 30 minutes\.$/);
  });
});
