import { beforeEach, describe, expect, it } from 'vitest';
import { outOfBoxDevice } from '../../device/defaults';
import type { DeviceState } from '../../device/schema';
import { activePhone, replacePhones } from '../../device/store';
import { savePasswords, skipSignIn } from './actions';
import { nextStep, resolveStep, SETUP_FLOW, SETUP_STEPS, type SetupStep } from './flow';
import { endSession, startSession } from './signInSession';
import { deriveDataKey, decryptSecret } from '../../device/secrets';

function phoneAt(step: string, change: (p: DeviceState) => DeviceState = (p) => p): DeviceState {
  const base = outOfBoxDevice();
  const phone = change({ ...base, setup: { ...base.setup, step } });
  replacePhones({ activePhoneId: phone.identity.deviceId, phones: { [phone.identity.deviceId]: phone } });
  return phone;
}

const signedIn = (p: DeviceState): DeviceState => ({
  ...p,
  microsoftAccount: {
    accountId: 'acc-demo',
    email: 'demo@outlook.com',
    displayName: 'Demo',
    token: 't'.repeat(20),
    dataKey: null,
  },
});
const restoring =
  (status: 'chosen' | 'running' | 'failed' | 'applied') =>
  (p: DeviceState): DeviceState => ({
    ...signedIn(p),
    setup: { ...p.setup, restore: { deviceId: 'dev-1', range: 'any', status, error: null } },
  });

beforeEach(() => endSession());

describe('the transition table', () => {
  it('leads every event to a step of the table, and every step but done has a way on', () => {
    for (const step of SETUP_STEPS) {
      const events = Object.keys(SETUP_FLOW[step]);
      if (step !== 'done') expect(events.length, step).toBeGreaterThan(0);
      for (const event of events) expect(SETUP_STEPS).toContain(nextStep(step, event as never) as SetupStep);
    }
  });

  it('goes forward from each step, never back, except back to sign in', () => {
    const at = (s: SetupStep) => SETUP_STEPS.indexOf(s);
    const backToSignIn = ['verify signInAgain', 'reset-password cancel', 'backups differentAccount'];
    for (const step of SETUP_STEPS)
      for (const event of Object.keys(SETUP_FLOW[step])) {
        const to = nextStep(step, event as never);
        if (backToSignIn.includes(`${step} ${event}`)) expect(to).toBe('sign-in');
        else expect(at(to), `${step} --${event}-->`).toBeGreaterThan(at(step));
      }
  });

  it("the readers' stories: sign in later as skip, a forgotten password, another account", () => {
    expect(nextStep('sign-in', 'signInLater')).toBe(nextStep('sign-in', 'skip'));
    expect(nextStep('verify', 'signInLater')).toBe('done');
    expect(nextStep('sign-in', 'forgotPassword')).toBe('reset-password');
    // A new password signs the phone in: on to the backups, past the identity check.
    expect(nextStep('reset-password', 'reset')).toBe('backups');
    expect(nextStep('reset-password', 'cancel')).toBe('sign-in');
    expect(nextStep('backups', 'differentAccount')).toBe('sign-in');
  });

  it('sign-in: a password accepted goes to the identity check, skip to done', () => {
    expect(nextStep('sign-in', 'passwordAccepted')).toBe('verify');
    expect(nextStep('sign-in', 'skip')).toBe('done');
    expect(nextStep('restoring', 'restoredWithAccounts')).toBe('passwords');
    expect(nextStep('restoring', 'restored')).toBe('done');
  });
});

describe('resolveStep', () => {
  it('resumes where setup was, and allows going back but not ahead', () => {
    const phone = phoneAt('time');
    expect(resolveStep(phone, 'time')).toBe('time');
    expect(resolveStep(phone, 'wifi')).toBe('wifi');
    expect(resolveStep(phone, 'backups')).toBe('time');
    expect(resolveStep(phone, 'nonsense')).toBe('time');
    expect(resolveStep(phone, undefined)).toBe('time');
  });

  it('after a reload the identity check needs the sign-in again (the password was in memory only)', () => {
    const phone = phoneAt('verify');
    expect(resolveStep(phone, 'verify')).toBe('sign-in');
    startSession({ email: 'a@b.c', password: 'x', challenge: { challengeId: 'c', methods: [] } });
    expect(resolveStep(phone, 'verify')).toBe('verify');
  });

  it('once signed in, the sign-in steps are behind; once a restore started, the backup list too', () => {
    expect(resolveStep(phoneAt('backups', signedIn), 'sign-in')).toBe('backups');
    expect(resolveStep(phoneAt('messages', restoring('chosen')), 'backups')).toBe('backups');
    expect(resolveStep(phoneAt('restoring', restoring('failed')), 'backups')).toBe('restoring');
    expect(resolveStep(phoneAt('restoring', restoring('running')), 'messages')).toBe('restoring');
    expect(resolveStep(phoneAt('passwords', restoring('applied')), 'restoring')).toBe('passwords');
  });

  it('a step whose choice is missing goes back to where it is made', () => {
    expect(resolveStep(phoneAt('restoring', signedIn), 'restoring')).toBe('backups');
    expect(resolveStep(phoneAt('backups'), 'backups')).toBe('sign-in');
    expect(resolveStep(phoneAt('passwords', signedIn), 'passwords')).toBe('done');
  });

  it('the password reset is open until the phone is signed in, and cannot be reached ahead of sign-in', () => {
    expect(resolveStep(phoneAt('sign-in'), 'reset-password')).toBe('sign-in');
    expect(resolveStep(phoneAt('reset-password'), 'reset-password')).toBe('reset-password');
    expect(resolveStep(phoneAt('reset-password'), 'sign-in')).toBe('sign-in');
    expect(resolveStep(phoneAt('reset-password', signedIn), 'reset-password')).toBe('backups');
  });

  it('skip goes to done with defaults and remembers that sign-in was skipped', () => {
    phoneAt('sign-in');
    skipSignIn();
    const phone = activePhone();
    expect(phone.setup).toMatchObject({ step: 'done', skippedSignIn: true, restore: null });
    expect(phone.setup.summary?.restored).toEqual([]);
    expect(resolveStep(phone, 'done')).toBe('done');
  });
});

describe('savePasswords', () => {
  it('stores typed passwords encrypted with the data key, never in plain text', async () => {
    const dataKey = await deriveDataKey('Lumia-930', 'AAAAAAAAAAAAAAAAAAAAAA==');
    phoneAt('passwords', (p) => ({
      ...restoring('applied')(p),
      microsoftAccount: { ...signedIn(p).microsoftAccount!, dataKey },
      accounts: [
        { id: 'g', kind: 'google', address: 'a@gmail.com', password: null },
        { id: 'x', kind: 'exchange', address: 'a@contoso.com', password: null },
      ],
      setup: { ...restoring('applied')(p).setup, accountsNeedingPassword: ['g', 'x'] },
    }));
    await savePasswords({ g: 'Google-pass-2', x: '' });
    const phone = activePhone();
    expect(JSON.stringify(phone)).not.toContain('Google-pass-2');
    const google = phone.accounts.find((a) => a.id === 'g')!;
    expect(await decryptSecret(dataKey, google.password!)).toBe('Google-pass-2');
    expect(phone.setup.accountsNeedingPassword).toEqual(['x']);
  });
});
