import { beforeEach, describe, expect, it } from 'vitest';
import { MB, outOfBoxDevice } from '../device/defaults';
import { clock, setNetwork } from '../device/environment';
import type { App } from '../device/schema';
import { activePhone, replacePhones } from '../device/store';
import {
  CELLULAR_BYTES_PER_SEC,
  downloadAppNow,
  resetDownloadClock,
  runDownloads,
  WIFI_BYTES_PER_SEC,
} from './downloads';

const placeholder = (id: string, mb: number): App => ({
  id,
  name: id,
  sizeBytes: mb * MB,
  location: 'phone',
  builtIn: false,
  backupOptIn: false,
  appDataBytes: 0,
  appData: {},
  installState: 'waiting-for-wifi',
  downloadProgress: 0,
});

const app = (id: string) => activePhone().apps.find((a) => a.id === id)!;

function restoredPhone(complete = true) {
  const phone = outOfBoxDevice();
  phone.apps.push(placeholder('small', 30), placeholder('big', 300));
  phone.setup.complete = complete;
  replacePhones({ activePhoneId: phone.identity.deviceId, phones: { [phone.identity.deviceId]: phone } });
}

beforeEach(() => {
  clock.set(Date.UTC(2026, 10, 23, 21, 0), false);
  resetDownloadClock();
  setNetwork('cellular');
  restoredPhone();
  runDownloads();
});

describe('background downloads', () => {
  it('wait for Wi-Fi, then move on with the emulated clock', () => {
    clock.advance(60_000);
    runDownloads();
    expect(app('small')).toMatchObject({ installState: 'waiting-for-wifi', downloadProgress: 0 });
    setNetwork('wifi');
    runDownloads();
    expect(app('small').installState).toBe('downloading');
    clock.advance(5_000);
    runDownloads();
    expect(app('small').downloadProgress).toBeCloseTo(((5 * WIFI_BYTES_PER_SEC) / (30 * MB)) * 100);
    clock.advance(5_000);
    runDownloads();
    expect(app('small')).toMatchObject({ installState: 'installed', downloadProgress: 100 });
    expect(app('big').installState).toBe('downloading');
  });

  it('pause when the phone leaves Wi-Fi, keeping their progress', () => {
    setNetwork('wifi');
    runDownloads();
    clock.advance(20_000);
    runDownloads();
    const progress = app('big').downloadProgress;
    setNetwork('cellular');
    runDownloads();
    clock.advance(60_000);
    runDownloads();
    expect(app('big')).toMatchObject({ installState: 'waiting-for-wifi', downloadProgress: progress });
  });

  it('an app the user chose to download now goes on over cellular data, and waits while offline', () => {
    expect(downloadAppNow('big')).toBe(true);
    expect(app('big')).toMatchObject({ installState: 'downloading', cellular: true });
    clock.advance(10_000);
    runDownloads();
    expect(app('big').downloadProgress).toBeCloseTo(((10 * CELLULAR_BYTES_PER_SEC) / (300 * MB)) * 100);
    expect(app('small').installState).toBe('waiting-for-wifi');
    setNetwork('offline');
    runDownloads();
    expect(app('big').installState).toBe('pending');
    setNetwork('cellular');
    runDownloads();
    clock.advance(3600_000);
    runDownloads();
    expect(app('big').installState).toBe('installed');
    expect(app('big').cellular).toBeUndefined();
  });

  it('nothing downloads before setup is done', () => {
    restoredPhone(false);
    setNetwork('wifi');
    runDownloads();
    clock.advance(3600_000);
    runDownloads();
    expect(app('small').installState).toBe('waiting-for-wifi');
  });

  it('a clock set backwards does not undo progress', () => {
    setNetwork('wifi');
    runDownloads();
    clock.advance(10_000);
    runDownloads();
    const progress = app('big').downloadProgress;
    clock.set(clock.now() - 3600_000);
    runDownloads();
    expect(app('big').downloadProgress).toBe(progress);
  });
});

describe('downloadAppNow', () => {
  it('does nothing for an installed, downloading or unknown app', () => {
    restoredPhone();
    const installed = {
      ...placeholder('done', 1),
      installState: 'installed' as const,
      downloadProgress: 100,
    };
    const running = { ...placeholder('running', 1), installState: 'downloading' as const };
    replacePhones({
      activePhoneId: activePhone().identity.deviceId,
      phones: { [activePhone().identity.deviceId]: { ...activePhone(), apps: [installed, running] } },
    });
    const before = activePhone();
    expect(downloadAppNow('done')).toBe(false);
    expect(downloadAppNow('running')).toBe(false);
    expect(downloadAppNow('nope')).toBe(false);
    expect(activePhone()).toBe(before);
  });
});
