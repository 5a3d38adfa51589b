import { expect, type Locator, type Page } from '@playwright/test';

/**
 * The phone frame around every screen: status bar, screen, and the three hardware keys.
 * Found by role and visible label only.
 */
export class PhonePage {
  readonly page: Page;
  /** Hardware keys below the screen (SPEC §1: back = history back, start, search). */
  readonly backKey: Locator;
  readonly startKey: Locator;
  readonly searchKey: Locator;

  constructor(page: Page) {
    this.page = page;
    const keys = page.getByRole('navigation', { name: 'hardware keys', exact: true });
    this.backKey = keys.getByRole('button', { name: 'back', exact: true });
    this.startKey = keys.getByRole('button', { name: 'start', exact: true });
    this.searchKey = keys.getByRole('button', { name: 'search', exact: true });
  }

  /** The status bar (emulated clock, signal, battery): a `header`, so the page's banner. */
  get statusBar(): Locator {
    return this.page.getByRole('banner', { name: 'status bar', exact: true });
  }

  /** The network indicator in the status bar: `Wi-Fi`, `cellular` or `no network`. */
  networkIndicator(label: 'Wi-Fi' | 'cellular' | 'no network'): Locator {
    return this.statusBar.getByRole('img', { name: label, exact: true });
  }

  /** The battery indicator, e.g. `battery 82%, charging`. */
  get battery(): Locator {
    return this.statusBar.getByRole('img', { name: /^battery \d+%/ });
  }

  /** The emulated time shown in the status bar, e.g. `9:14`. */
  get time(): Locator {
    return this.statusBar.getByRole('time');
  }

  /** The large lower-case page title of the screen shown (e.g. `backup`). */
  pageTitle(title: string): Locator {
    return this.page.getByRole('heading', { name: title, exact: true });
  }

  async expectPage(title: string): Promise<void> {
    await expect(this.pageTitle(title)).toBeVisible();
  }

  async back(): Promise<void> {
    await this.backKey.click();
  }

  async start(): Promise<void> {
    await this.startKey.click();
  }

  async search(): Promise<void> {
    await this.searchKey.click();
  }

  /** The path of the current screen, e.g. `/settings/backup`. */
  path(): string {
    return new URL(this.page.url()).pathname;
  }
}
