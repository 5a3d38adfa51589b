/**
 * Issue #18, Low, in the browser: automatic backup backs off after failures and says so after
 * three; text and photo backups that fail in the background show a notice instead of failing
 * unseen, and the notice goes once they work again.
 */
import { test, expect, type Emulator, type Page } from './fixtures';

const HOUR_MS = 3600 * 1000;
const screen = (page: Page) => page.getByRole('main');
const notices = (page: Page) => page.getByRole('region', { name: 'notices', exact: true });

test.describe('background backups in trouble', () => {
  test.describe.configure({ timeout: 90_000 });

  test('automatic backup waits longer after each failure and says so after the third', async ({
    page,
    gotoScenario,
    emulator,
    axe,
  }) => {
    await gotoScenario('/settings/backup/apps-settings', 'used-phone');
    await emulator.clock.pause();
    await emulator.injectFault({ kind: 'commit', error: 'server-error', times: 'always' });
    const trouble = screen(page).getByText(/^Your phone couldn't back up automatically/);

    // 11/24 9:01 PM, 10:01 PM, then two hours later: three automatic backups, each failed.
    await emulator.clock.advance(24 * HOUR_MS + 60_000);
    await emulator.clock.advance(HOUR_MS);
    await expect(trouble).toBeHidden();
    await emulator.clock.advance(HOUR_MS);
    await expect(trouble).toBeHidden(); // an hour after the second failure is not yet time
    await emulator.clock.advance(HOUR_MS);
    await expect(trouble).toHaveText(
      "Your phone couldn't back up automatically the last 3 times. It will try again after 11/25/2026 4:01 AM.",
    );
    await expect(screen(page).getByText('Lumia 930 · no backup yet')).toBeVisible();
    await axe.expectNoA11yViolations();

    // Once the cloud works again, a backup (here the user's) clears it.
    await emulator.clearFaults();
    await screen(page).getByRole('button', { name: 'back up now', exact: true }).click();
    await expect(screen(page).getByText(/^Lumia 930 · last backup 11\/25\/2026 12:01 AM$/)).toBeVisible();
    await expect(trouble).toBeHidden();
  });

  test('a text backup that fails shows a notice, which goes once texts back up again', async ({
    page,
    gotoScenario,
    emulator,
    axe,
  }) => {
    await gotoScenario('/settings/backup/text-messages', 'used-phone');
    await addTextNotBackedUp(emulator);
    await emulator.injectFault({ kind: 'upload', error: 'server-error', times: 'always' });
    await emulator.clock.advance(HOUR_MS);
    const notice = notices(page).getByRole('alert').filter({ hasText: 'text messages' });
    await expect(notice).toHaveText(
      /^Your text messages couldn't be backed up\. The phone will try again later\./,
    );
    await axe.expectNoA11yViolations();
    await emulator.clearFaults();
    await emulator.clock.advance(HOUR_MS);
    await expect(notice).toBeHidden();
  });

  test('a photo upload that fails shows a notice, which goes once photos go up again', async ({
    page,
    gotoScenario,
    emulator,
  }) => {
    await gotoScenario('/settings/backup/photos-videos', 'used-phone');
    await emulator.injectFault({ kind: 'upload', error: 'server-error', times: 'always' });
    await screen(page)
      .getByRole('radio', { name: /^good quality/ })
      .check();
    // The page's own upload fails at once; the phone tries again in the background.
    await emulator.clock.advance(HOUR_MS);
    const notice = notices(page).getByRole('alert').filter({ hasText: 'photos and videos' });
    await expect(notice).toHaveText(
      /^Your photos and videos couldn't be uploaded to OneDrive\. The phone will try again later\./,
    );
    await emulator.clearFaults();
    await emulator.clock.advance(HOUR_MS);
    await expect(notice).toBeHidden();
  });
});

/** A text the phone received that the cloud has not had yet (through a state file, an exact copy). */
async function addTextNotBackedUp(emulator: Emulator): Promise<void> {
  const state = JSON.parse(await emulator.exportState({ includeSecrets: true })) as {
    phones: { activePhoneId: string; phones: Record<string, { messages: Record<string, unknown>[] }> };
  };
  const phone = state.phones.phones[state.phones.activePhoneId]!;
  const last = phone.messages.at(-1)!;
  phone.messages.push({ ...last, id: 'm-new', body: 'Just arrived', at: (last.at as number) + 1000 });
  await emulator.importState(JSON.stringify(state));
}
