/**
 * Issue #6, hostile input 1, 2, 11 and 12 at model level, and through the cloud and back: text is
 * stored verbatim, limits refuse with the product's message, and nothing is changed on refusal.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { signIn } from '../api/auth/signIn';
import { completeSignIn } from '../api/auth/linkAccount';
import { getBackup } from '../api/backups/getBackup';
import { getBackups } from '../api/backups/getBackups';
import { getMessages } from '../api/messages/getMessages';
import { backUpNow } from '../backup/backupNow';
import { syncMessages } from '../backup/messages';
import { restoreFromBackup } from '../backup/restore';
import { cloudRead } from '../cloud/db';
import { demoAccount } from '../cloud/demoAccount';
import { clock, setNetwork, setPower } from '../device/environment';
import { PHONE_NAME_ERROR, setPhoneName, validatePhoneName } from '../device/operations';
import { resetPhone } from '../device/reset';
import { activePhone, deviceStore, updatePhone } from '../device/store';
import { applyScenario } from '../emulator/scenarios/apply';
import { signInAs, withCloudServer } from '../test/cloud';

withCloudServer();

const MARKUP = '<script>alert(1)</script>';
const IMG = '<img src=x onerror="alert(1)">';
const UNICODE_NAMES = [
  'هاتف سارة',
  'טלפון של דנה',
  'Zoë’s 📱 Lumia',
  '👩‍👩‍👧‍👦 family phone',
  'Ŀümïą ９３０ — 日本語',
];

beforeEach(async () => {
  await applyScenario('used-phone');
  setNetwork('wifi');
  setPower('plugged');
});

describe('hostile 1: markup in the phone name, contact names and message bodies', () => {
  it('a phone name with markup is stored verbatim, and backs up and lists unchanged', async () => {
    for (const name of [MARKUP, IMG]) {
      expect(setPhoneName(name)).toEqual({ ok: true });
      expect(activePhone().identity.phoneName).toBe(name);
    }
    await backUpNow();
    const [listed] = await getBackups();
    expect(listed!.phoneName).toBe(IMG);
    expect((await getBackup(activePhone().identity.deviceId)).phoneName).toBe(IMG);
  });

  it('markup in a contact name and a text body goes to the cloud and comes back on restore byte-for-byte', async () => {
    const thread = { id: 'hostile-thread', number: '+1 555 0100', name: `${MARKUP} ${IMG}` };
    const message = {
      id: 'hostile-1',
      threadId: thread.id,
      direction: 'in' as const,
      kind: 'sms' as const,
      body: `${IMG} هلا 👋 ${MARKUP}`,
      at: clock.now() - 1000,
    };
    updatePhone((p) => ({ ...p, threads: [...p.threads, thread], messages: [...p.messages, message] }));
    await backUpNow();
    await syncMessages();
    const deviceId = activePhone().identity.deviceId;
    const history = await getMessages(deviceId, 0);
    expect(JSON.stringify(history)).toContain(JSON.stringify(message.body).slice(1, -1));

    resetPhone();
    await completeSignIn(await signInAs(), demoAccount.password);
    await restoreFromBackup({ deviceId, range: 'any' });
    const phone = activePhone();
    expect(phone.messages.find((m) => m.id === message.id)?.body).toBe(message.body);
    expect(phone.threads.find((t) => t.id === thread.id)?.name).toBe(thread.name);
  });
});

describe('hostile 2: a 10,000-character phone name', () => {
  it('is refused with the message, and the name does not change', () => {
    const before = JSON.stringify(deviceStore.getState());
    expect(setPhoneName('x'.repeat(10_000))).toEqual({ ok: false, error: PHONE_NAME_ERROR });
    expect(PHONE_NAME_ERROR).toBe('Enter a name of 1 to 40 characters.');
    expect(JSON.stringify(deviceStore.getState())).toBe(before);
    // The limit counts characters, not UTF-16 units: 40 emoji fit, 41 do not.
    expect(validatePhoneName('📱'.repeat(40)).ok).toBe(true);
    expect(validatePhoneName('📱'.repeat(41))).toEqual({ ok: false, error: PHONE_NAME_ERROR });
  });
});

describe('hostile 11: Unicode, emoji and right-to-left names', () => {
  it('are stored and backed up intact', async () => {
    for (const name of UNICODE_NAMES) {
      expect(setPhoneName(name)).toEqual({ ok: true });
      expect(activePhone().identity.phoneName).toBe(name);
    }
    await backUpNow();
    const [listed] = await getBackups();
    expect(listed!.phoneName).toBe(UNICODE_NAMES.at(-1));
    setPhoneName(UNICODE_NAMES[0]!);
    clock.advance(60_000);
    await backUpNow();
    expect((await getBackups())[0]!.phoneName).toBe('هاتف سارة');
  });
});

describe('hostile 12: empty or whitespace-only required fields', () => {
  it('an empty or whitespace-only phone name is refused and nothing changes; a padded one is trimmed', () => {
    const before = JSON.stringify(deviceStore.getState());
    for (const blank of ['', ' ', '   \t\n', '\u00a0\u3000'])
      expect(setPhoneName(blank)).toEqual({ ok: false, error: PHONE_NAME_ERROR });
    expect(JSON.stringify(deviceStore.getState())).toBe(before);
    expect(setPhoneName('  Lumia  ')).toEqual({ ok: true });
    expect(activePhone().identity.phoneName).toBe('Lumia');
  });

  it('the cloud refuses a blank email or password at sign-in without creating a session', async () => {
    const sessions = () => cloudRead((index) => JSON.stringify(index.sessions));
    const before = await sessions();
    await expect(signIn('   ', demoAccount.password)).rejects.toMatchObject({
      status: 400,
      code: 'bad-request',
    });
    await expect(signIn(demoAccount.email, '')).rejects.toMatchObject({ status: 400, code: 'bad-request' });
    expect(await sessions()).toBe(before);
  });
});
