import { outOfBoxDevice } from './defaults';
import {
  PHONE_NAME_ERROR,
  setAccent,
  setDataSenseLimit,
  setLockScreen,
  setNotifications,
  setRingtone,
  setPhoneName,
  setSaveLocation,
  setTheme,
  validatePhoneName,
} from './operations';
import { activePhone, replacePhones } from './store';

function freshPhone() {
  const phone = outOfBoxDevice();
  replacePhones({ activePhoneId: phone.identity.deviceId, phones: { [phone.identity.deviceId]: phone } });
}

beforeEach(() => freshPhone());

describe('theme and accent', () => {
  it('changes the theme and the accent of the active phone', () => {
    setTheme('light');
    setAccent('lime');
    expect(activePhone().settings).toMatchObject({ theme: 'light', accent: 'lime' });
  });
});

describe('lock screen, ringtone and notifications', () => {
  it('changes each of them on the active phone and leaves the other notification settings', () => {
    setLockScreen('Bing daily image');
    setRingtone('Lumia Tune');
    setNotifications({ quietHours: true });
    expect(activePhone().settings).toMatchObject({
      lockScreen: 'Bing daily image',
      ringtone: 'Lumia Tune',
      notifications: { toastSound: 'Chime', vibrate: true, quietHours: true },
    });
    setNotifications({ toastSound: 'Xylophone', vibrate: false });
    expect(activePhone().settings.notifications).toEqual({
      toastSound: 'Xylophone',
      vibrate: false,
      quietHours: true,
    });
  });
});

describe('phone name', () => {
  it('stores the name trimmed', () => {
    expect(setPhoneName('  My Lumia  ')).toEqual({ ok: true });
    expect(activePhone().identity.phoneName).toBe('My Lumia');
  });

  it.each(['', '   ', 'x'.repeat(41)])('refuses %j and keeps the old name', (name) => {
    expect(setPhoneName(name)).toEqual({ ok: false, error: PHONE_NAME_ERROR });
    expect(activePhone().identity.phoneName).toBe('Windows Phone');
  });

  it('accepts 40 characters, counting an emoji once, and keeps markup as text', () => {
    expect(validatePhoneName('x'.repeat(40)).ok).toBe(true);
    expect(validatePhoneName('📱'.repeat(40)).ok).toBe(true);
    expect(setPhoneName('<b>phone</b>')).toEqual({ ok: true });
    expect(activePhone().identity.phoneName).toBe('<b>phone</b>');
  });
});

describe('data sense and storage sense', () => {
  it('sets and clears the data limit', () => {
    setDataSenseLimit(500);
    expect(activePhone().settings.dataSenseLimitMb).toBe(500);
    setDataSenseLimit(null);
    expect(activePhone().settings.dataSenseLimitMb).toBeNull();
    expect(() => setDataSenseLimit(-1)).toThrow(RangeError);
  });

  it('sets a save location', () => {
    setSaveLocation('photos', 'sd');
    expect(activePhone().settings.storageSense.photos).toBe('sd');
  });
});
