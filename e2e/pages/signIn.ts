import { expect, type Locator, type Page } from '@playwright/test';

/**
 * The Microsoft account sign-in and identity check on the phone's screen, as setup and
 * email+accounts both show them (by role and visible label; the control panel is left out).
 */
export class SignInPage {
  readonly screen: Locator;
  readonly email: Locator;
  readonly password: Locator;
  readonly code: Locator;
  readonly methods: Locator;

  constructor(page: Page) {
    this.screen = page.getByRole('main');
    this.email = this.screen.getByRole('textbox', { name: 'Email address', exact: true });
    // A password box has no textbox role: found by its label.
    this.password = this.screen.getByLabel('Password', { exact: true });
    this.code = this.screen.getByRole('textbox', { name: 'Code', exact: true });
    this.methods = this.screen.getByRole('radiogroup', { name: 'Send the code by' });
  }

  button(name: string): Locator {
    return this.screen.getByRole('button', { name, exact: true });
  }

  /** Chooses a contact (`Email`, `Call`) and sends the code; resolves when the Code box shows. */
  async sendCodeBy(method: 'Email' | 'Call'): Promise<void> {
    await this.methods.getByRole('radio', { name: new RegExp(`^${method} `) }).check();
    await this.button('send code').click();
    await expect(this.code).toBeVisible();
  }

  /** The field was refused: its message shows under it, is tied to it, and it has the focus. */
  async expectRefused(field: Locator, message: string): Promise<void> {
    await expect(this.screen.getByText(message, { exact: true })).toBeVisible();
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(field).toHaveAccessibleDescription(message);
    await expect(field).toBeFocused();
  }

  async expectAccepted(field: Locator): Promise<void> {
    await expect(field).not.toHaveAttribute('aria-invalid');
  }
}
