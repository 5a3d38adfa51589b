import { expect, type Locator, type Page } from '@playwright/test';
import type { Emulator } from '../fixtures';

/** The phone's warning, which the website's `delete` asks with too (SPEC sections 3 and 4b). */
export const DELETE_WARNING =
  "If you delete this backup, you won't be able to restore it unless you back up again.";
export const LIST_FAILED = 'Sorry, an error has occurred.';

/**
 * The account website (`/web/device-backups`, SPEC section 4b) in the desktop browser the
 * emulator draws where the phone stands; found by role and visible label, the phone's words.
 */
export class WebsitePage {
  readonly page: Page;
  /** The browser window (a region named "desktop browser"); absent while the phone shows. */
  readonly window: Locator;
  readonly email: Locator;
  readonly password: Locator;
  readonly code: Locator;
  readonly methods: Locator;
  readonly heading: Locator;
  readonly table: Locator;
  readonly dialog: Locator;

  constructor(page: Page) {
    this.page = page;
    this.window = page.getByRole('region', { name: 'desktop browser', exact: true });
    this.email = this.window.getByRole('textbox', { name: 'Email address', exact: true });
    this.password = this.window.getByLabel('Password', { exact: true });
    this.code = this.window.getByRole('textbox', { name: 'Code', exact: true });
    this.methods = this.window.getByRole('radiogroup', { name: 'Send the code by' });
    this.heading = this.window.getByRole('heading', { name: 'Device backups', exact: true, level: 1 });
    this.table = this.window.getByRole('table', { name: 'Phones with a backup' });
    this.dialog = page.getByRole('dialog', { name: DELETE_WARNING });
  }

  button(name: string, within: Locator = this.window): Locator {
    return within.getByRole('button', { name, exact: true });
  }

  /** One phone's row: phone name, model, date, size and `delete`. */
  row(phoneName: string): Locator {
    return this.table.getByRole('row', { name: new RegExp(`^${phoneName} `) });
  }

  /** Signs in with the demo account and the code sent by `method`; resolves on `Device backups`. */
  async signIn(emulator: Emulator, method: 'Email' | 'Call' = 'Email'): Promise<void> {
    const account = await emulator.demoAccount();
    await this.email.fill(account.email);
    await this.password.fill(account.password);
    await this.button('sign in').click();
    await this.methods.getByRole('radio', { name: new RegExp(`^${method} `) }).check();
    await this.button('send code').click();
    await expect(this.code).toBeVisible();
    await this.code.fill((await emulator.latestCode(method === 'Email' ? 'email' : 'call')) ?? '');
    await this.button('next').click();
    await expect(this.heading).toBeVisible();
  }

  /** `delete` on a row, then the dialog's `delete`; resolves once the row has gone. */
  async deleteBackup(phoneName: string): Promise<void> {
    await this.button('delete', this.row(phoneName)).click();
    await expect(this.dialog).toBeVisible();
    await this.button('delete', this.dialog).click();
    await expect(this.row(phoneName)).toHaveCount(0);
  }
}
