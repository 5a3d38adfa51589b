import { expect, type Download, type Locator, type Page } from '@playwright/test';

export type PanelNetwork = 'Wi-Fi' | 'cellular only' | 'offline';
export type PanelPower = 'plugged in' | 'battery';
export type PanelFaultError = 'server error' | 'timeout' | 'full quota';
export type PanelFaultDuration = 'next request' | 'until cleared';

/**
 * The emulator's control panel beside the phone (SPEC section 6), driven the way a person would:
 * by role and visible label. For the same things without the panel, use the `emulator` fixture.
 */
export class PanelPage {
  readonly page: Page;
  /** The panel itself (an `aside` named "control panel"). */
  readonly root: Locator;

  constructor(page: Page) {
    this.page = page;
    this.root = page.getByRole('complementary', { name: 'control panel', exact: true });
  }

  /** A section of the panel by its heading: `network and power`, `clock`, `cloud`, `cloud inspector`… */
  section(title: string): Locator {
    return this.root.getByRole('region', { name: title, exact: true });
  }

  button(name: string, within: Locator = this.root): Locator {
    return within.getByRole('button', { name, exact: true });
  }

  // Network and power

  networkOption(label: PanelNetwork): Locator {
    return this.root
      .getByRole('radiogroup', { name: 'network' })
      .getByRole('radio', { name: label, exact: true });
  }
  async setNetwork(label: PanelNetwork): Promise<void> {
    await this.networkOption(label).check();
  }
  powerOption(label: PanelPower): Locator {
    return this.root
      .getByRole('radiogroup', { name: 'power' })
      .getByRole('radio', { name: label, exact: true });
  }
  async setPower(label: PanelPower): Promise<void> {
    await this.powerOption(label).check();
  }
  get batteryLevel(): Locator {
    return this.root.getByRole('slider', { name: 'battery level' });
  }
  async setBatteryLevel(percent: number): Promise<void> {
    await this.batteryLevel.fill(String(percent));
  }

  // Clock

  get clock(): Locator {
    return this.section('clock');
  }
  /** The emulated date and time the panel shows, e.g. `11/23/2026 9:00 PM`. */
  get clockTime(): Locator {
    return this.clock.getByRole('time');
  }
  async pauseClock(): Promise<void> {
    await this.clock.getByRole('radio', { name: 'paused', exact: true }).check();
  }
  async runClock(): Promise<void> {
    await this.clock.getByRole('radio', { name: 'real time', exact: true }).check();
  }
  /** `+1 hour`, `+1 day` or `+3 weeks`; resolves once the panel is ready again (the phone settled). */
  async fastForward(step: '+1 hour' | '+1 day' | '+3 weeks'): Promise<void> {
    const button = this.button(step, this.clock);
    await button.click();
    await expect(button).toBeEnabled();
  }
  /** Sets the clock to a UTC date and time, `2027-01-31T08:30`. */
  async setClock(dateTimeLocal: string): Promise<void> {
    await this.clock.getByLabel('date and time (UTC)').fill(dateTimeLocal);
    await this.button('set', this.clock).click();
    await expect(this.button('set', this.clock)).toBeEnabled();
  }

  // Cloud

  get cloud(): Locator {
    return this.section('cloud');
  }
  get latency(): Locator {
    return this.cloud.getByRole('slider', { name: 'latency' });
  }
  async setLatency(seconds: number): Promise<void> {
    await this.latency.fill(String(Math.round(seconds * 1000)));
  }
  /** Injects a fault from the panel's form; the kind is a request kind (`upload`, `sign-in`…). */
  async injectFault(kind: string, error: PanelFaultError, duration: PanelFaultDuration = 'next request') {
    const faults = this.cloud.getByRole('group', { name: 'faults' });
    await faults.getByLabel('request', { exact: true }).selectOption(kind);
    await faults.getByLabel('error', { exact: true }).selectOption({ label: error });
    await faults.getByLabel('for', { exact: true }).selectOption({ label: duration });
    await this.button('inject fault', faults).click();
  }
  /** The list of faults still waiting for their requests (absent when there are none). */
  get activeFaults(): Locator {
    return this.cloud.getByRole('list', { name: 'active faults' });
  }
  async removeFault(name: string | RegExp): Promise<void> {
    await this.activeFaults
      .getByRole('button', { name: typeof name === 'string' ? `remove ${name}` : name })
      .click();
  }
  async clearFaults(): Promise<void> {
    await this.button('clear all', this.cloud).click();
  }

  // Inbox, demo account, inspector

  /** The codes the other devices received, newest first (absent while there are none). */
  get inbox(): Locator {
    return this.section('inbox of the other devices').getByRole('list', { name: 'inbox' });
  }
  get demoAccount(): Locator {
    return this.section('demo account');
  }
  get inspector(): Locator {
    return this.section('cloud inspector');
  }

  // Phone and scenarios

  get phoneSection(): Locator {
    return this.section('phone and scenarios');
  }
  async loadScenario(name: string): Promise<void> {
    await this.phoneSection.getByLabel('scenario', { exact: true }).selectOption(name);
    await this.button('load', this.phoneSection).click();
    await expect(this.phoneSection.getByRole('status')).toHaveText(`Loaded the ${name} scenario.`);
  }
  /** `reset phone`, then confirms it. */
  async resetPhone(): Promise<void> {
    await this.button('reset phone', this.phoneSection).click();
    await this.button('yes, reset', this.phoneSection).click();
    await expect(this.phoneSection.getByRole('status')).toHaveText('The phone was reset.');
  }
  /** The two-phones scenario's switch, by the phone's label (`Lumia 920`, `Windows Phone (Lumia 930)`). */
  phoneOption(label: string): Locator {
    return this.phoneSection
      .getByRole('radiogroup', { name: 'phone on screen' })
      .getByRole('radio', { name: label });
  }

  // State file

  get stateFile(): Locator {
    return this.section('state file');
  }
  /** The state file's option to export an exact copy, secrets included. */
  get includeSecrets(): Locator {
    return this.stateFile.getByRole('checkbox', { name: /^include secrets: an exact copy/ });
  }
  /** Exports the emulator state (without secrets unless asked); returns the browser download. */
  async exportState(options: { includeSecrets?: boolean } = {}): Promise<Download> {
    await this.includeSecrets.setChecked(options.includeSecrets === true);
    const download = this.page.waitForEvent('download');
    await this.button('export state', this.stateFile).click();
    return download;
  }
  /** Imports a file (a path, or a name and its content). */
  async importState(file: string | { name: string; content: string }): Promise<void> {
    const input = this.stateFile.getByLabel('import state file');
    await input.setInputFiles(
      typeof file === 'string'
        ? file
        : { name: file.name, mimeType: 'application/json', buffer: Buffer.from(file.content) },
    );
  }
  /** The refusal of an import or export, with importState's message. */
  get stateFileAlert(): Locator {
    return this.stateFile.getByRole('alert');
  }
  get stateFileStatus(): Locator {
    return this.stateFile.getByRole('status');
  }

  // The account website

  /** `account website` while the phone shows; `back to the phone` while the website does. */
  get websiteSwitch(): Locator {
    return this.section('account website');
  }
  async openWebsite(): Promise<void> {
    await this.websiteSwitch.getByRole('link', { name: 'account website', exact: true }).click();
    await expect(this.page.getByRole('region', { name: 'desktop browser', exact: true })).toBeVisible();
  }
  async backToPhone(): Promise<void> {
    await this.websiteSwitch.getByRole('link', { name: 'back to the phone', exact: true }).click();
    await expect(this.page.getByRole('navigation', { name: 'hardware keys' })).toBeVisible();
  }

  // Guided demo

  get demo(): Locator {
    return this.section('guided demo');
  }
  /** The demo's caption (role status): what the phone is doing now. */
  get demoCaption(): Locator {
    return this.demo.getByRole('status', { name: 'demo caption' });
  }
  async startDemo(): Promise<void> {
    await this.button('guided demo', this.demo).click();
  }
}
