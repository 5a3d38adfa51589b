import { runDownloads } from '../downloads';
import { NEVER_RESTORED, type MessageRange, type RestoreSummary } from '../restoreApply';
import { setNetwork } from '../../device/environment';
import type { DeviceState } from '../../device/schema';
import { encryptSecret } from '../../device/secrets';
import { activePhone, updatePhone } from '../../device/store';

/**
 * What the user chooses during setup, saved on the phone. A choice and the step it leads to are
 * written together, so that a reload resumes with both.
 */

type Setup = DeviceState['setup'];
function updateSetup(change: Partial<Setup>): void {
  updatePhone((p) => ({ ...p, setup: { ...p.setup, ...change } }));
}

export const setLanguage = (language: string) => updateSetup({ language });
export const setTimeZone = (timeZone: string) => updateSetup({ timeZone });

/** Joins a network: the phone is on Wi-Fi from now on and remembers the network. */
export function joinWifi(ssid: string, secured: boolean): void {
  setNetwork('wifi');
  updatePhone((p) => ({
    ...p,
    settings: {
      ...p.settings,
      wifiNetworks: [...p.settings.wifiNetworks.filter((n) => n.ssid !== ssid), { ssid, secured }],
    },
    setup: { ...p.setup, wifiSsid: ssid },
  }));
}

export function skipWifi(): void {
  setNetwork('cellular');
  updateSetup({ wifiSsid: null });
}

const nothingRestored = (why: string): RestoreSummary => ({
  restored: [],
  notRestored: [why, ...NEVER_RESTORED],
});

/** `skip` at sign-in: defaults; a later sign-in brings back texts and the theme (restoreLate). */
export function skipSignIn(): void {
  updateSetup({
    skippedSignIn: true,
    restore: null,
    summary: nothingRestored(
      'your backup: you skipped sign-in. Sign in later in email+accounts to get back your texts and theme.',
    ),
    step: 'done',
  });
}

/** `set up as a new phone`: signed in, but nothing restored. */
export function setUpAsNew(): void {
  updateSetup({
    restore: null,
    summary: nothingRestored('your backup: you set up this phone as a new phone'),
    step: 'done',
  });
}

export function chooseBackup(deviceId: string): void {
  const range = activePhone().setup.restore?.range ?? 'any';
  updateSetup({ restore: { deviceId, range, status: 'chosen', error: null }, step: 'messages' });
}

export function chooseRange(range: MessageRange): void {
  const restore = activePhone().setup.restore;
  if (!restore) return;
  updateSetup({ restore: { ...restore, range }, step: 'restoring' });
}

/**
 * Stores the passwords the user typed, encrypted with the account's data key (never in plain
 * text). Accounts left empty keep needing a password.
 */
export async function savePasswords(typed: Record<string, string>): Promise<void> {
  const dataKey = activePhone().microsoftAccount?.dataKey;
  const encrypted = new Map<string, Awaited<ReturnType<typeof encryptSecret>>>();
  if (dataKey) {
    for (const [id, password] of Object.entries(typed)) {
      if (password !== '') encrypted.set(id, await encryptSecret(dataKey, password));
    }
  }
  updatePhone((p) => ({
    ...p,
    accounts: p.accounts.map((a) => (encrypted.has(a.id) ? { ...a, password: encrypted.get(a.id)! } : a)),
    setup: {
      ...p.setup,
      accountsNeedingPassword: p.setup.accountsNeedingPassword.filter((id) => !encrypted.has(id)),
    },
  }));
}

/** `done`: the phone is set up; restored apps start downloading if the network allows. */
export function finishSetup(): void {
  updateSetup({ complete: true, step: 'done' });
  runDownloads();
}
