import { runDownloads } from '../../backup/downloads';
import { NEVER_RESTORED, type MessageRange, type RestoreSummary } from '../../backup/restoreApply';
import { setNetwork } from '../../device/environment';
import type { DeviceState } from '../../device/schema';
import { encryptSecret } from '../../device/secrets';
import { activePhone, updatePhone } from '../../device/store';
import { signInSession } from './session';

/** Setup's steps in order (SPEC section 4); each is `/setup/<step>`. */
export const SETUP_STEPS = [
  'language',
  'terms',
  'wifi',
  'recommended',
  'time',
  'sign-in',
  'verify',
  'backups',
  'messages',
  'restoring',
  'passwords',
  'done',
] as const;
export type SetupStep = (typeof SETUP_STEPS)[number];

export function isSetupStep(step: unknown): step is SetupStep {
  return (SETUP_STEPS as readonly unknown[]).includes(step);
}
const at = (step: SetupStep) => SETUP_STEPS.indexOf(step);

/** Steps the user can no longer go back to: once signed in, and once a restore started. */
function earliestStep(phone: DeviceState): SetupStep {
  const status = phone.setup.restore?.status;
  if (status === 'applied') return 'passwords';
  if (status === 'running' || status === 'failed') return 'restoring';
  if (phone.microsoftAccount) return 'backups';
  return 'language';
}

/** Where a step that cannot be shown sends the user (a reload lost the sign-in, no backup chosen…). */
function unmet(phone: DeviceState, step: SetupStep): SetupStep | null {
  const signedIn = phone.microsoftAccount !== null;
  const restore = phone.setup.restore;
  switch (step) {
    case 'verify':
      return signedIn ? 'backups' : signInSession.getState().session ? null : 'sign-in';
    case 'backups':
      return signedIn ? null : 'sign-in';
    case 'messages':
    case 'restoring':
      return restore ? null : signedIn ? 'backups' : 'sign-in';
    case 'passwords':
      return restore?.status === 'applied' ? null : 'done';
    default:
      return null;
  }
}

/**
 * The step to show for a requested one: it must lie between the earliest step still open and the
 * step setup reached (no skipping ahead by URL), and what it needs must be there.
 */
export function resolveStep(phone: DeviceState, requested: string | undefined): SetupStep {
  const reached = isSetupStep(phone.setup.step) ? phone.setup.step : 'language';
  let step: SetupStep = isSetupStep(requested) && at(requested) <= at(reached) ? requested : reached;
  if (at(step) < at(earliestStep(phone))) step = reached;
  // Follow what the step needs; each hop goes to an earlier or a final step, so this ends.
  for (let hops = 0; hops < SETUP_STEPS.length; hops++) {
    const next = unmet(phone, step);
    if (next === null) break;
    step = next;
  }
  return step;
}

/** Setup resumes here after a reload (the route gate sends an unfinished phone to it). */
export function rememberStep(step: SetupStep): void {
  if (activePhone().setup.step !== step) updatePhone((p) => ({ ...p, setup: { ...p.setup, step } }));
}

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
