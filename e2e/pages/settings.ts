import { expect, type Locator, type Page } from '@playwright/test';

/** The settings list (`/settings`) and its entries, by role and visible label. */
export class SettingsPage {
  readonly page: Page;
  readonly heading: Locator;

  constructor(page: Page) {
    this.page = page;
    this.heading = page.getByRole('heading', { name: 'settings', exact: true });
  }

  async goto(): Promise<void> {
    await this.page.goto('/settings');
    await this.expectShown();
  }

  async expectShown(): Promise<void> {
    await expect(this.heading).toBeVisible();
  }

  /**
   * An entry of the list, e.g. `backup` or `email+accounts`. Entries carry their state under the
   * name (`backup on`…), so the accessible name starts with the label.
   */
  item(label: string): Locator {
    return this.page.getByRole('link', { name: new RegExp(`^${escapeRegExp(label)}(?![\\w+])`) });
  }

  /** Opens an entry and waits for its page title. */
  async open(label: string, title = label): Promise<void> {
    await this.item(label).click();
    await expect(this.page.getByRole('heading', { name: title, exact: true })).toBeVisible();
  }
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
