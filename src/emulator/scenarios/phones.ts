import { outOfBoxDevice, GB } from '../../device/defaults';
import type { DeviceState, Tile } from '../../device/schema';
import { encryptSecret } from '../../device/secrets';
import type { CloudAccount } from '../../cloud/schema';
import { allApps, calls, media, messages, people, storeApps, USED_PHONE_APPS } from './generate';
import { seededRandom } from './random';

interface UsedPhoneOptions {
  deviceId: string;
  model: string;
  phoneName: string;
  now: number;
  account: CloudAccount;
  token: string;
  dataKey: string;
  messageCount?: number;
  callCount?: number;
  extraApps?: Parameters<typeof storeApps>[0];
  accent?: DeviceState['settings']['accent'];
  seed?: number;
}

/** A phone in daily use: signed in, set up, with apps, accounts, texts, calls and photos. */
export async function usedPhone(o: UsedPhoneOptions): Promise<DeviceState> {
  const rnd = seededRandom(o.seed ?? 930);
  const base = outOfBoxDevice({ deviceId: o.deviceId, model: o.model });
  const threadCount = o.messageCount && o.messageCount > 1000 ? 60 : 8;
  const threads = people(threadCount);
  const apps = allApps(storeApps([...USED_PHONE_APPS, ...(o.extraApps ?? [])]));
  const storeTiles: Tile[] = apps
    .filter((a) => !a.builtIn)
    .slice(0, 14)
    .map((a, i) => ({ appId: a.id, size: i % 5 === 0 ? 'wide' : i % 3 === 0 ? 'small' : 'medium' }));
  const enc = (s: string) => encryptSecret(o.dataKey, s);
  const [outlook, google, exchange] = await Promise.all([
    enc('Outlook-pass-1'),
    enc('Google-pass-2'),
    enc('Exchange-pass-3'),
  ]);
  return {
    ...base,
    identity: { ...base.identity, phoneName: o.phoneName },
    settings: {
      ...base.settings,
      accent: o.accent ?? 'cobalt',
      lockScreen: 'Bing daily image',
      ringtone: 'Lumia Tune',
      notifications: { toastSound: 'Xylophone', vibrate: true, quietHours: true },
      startTiles: [...base.settings.startTiles, ...storeTiles],
      favorites: [
        ...base.settings.favorites,
        { title: 'Windows Central', url: 'https://www.windowscentral.com/' },
        { title: 'OneDrive', url: 'https://onedrive.live.com/' },
      ],
      dictionary: ['Lumia', 'OneDrive', 'Cortana', 'Wordament'],
      wifiNetworks: [
        { ssid: 'HomeNet', secured: true },
        { ssid: 'Contoso Guest', secured: false },
      ],
      dataSenseLimitMb: 2048,
      storageSense: { photos: 'sd', apps: 'sd', music: 'sd' },
      email: { signature: 'Sent from my Lumia', conversations: true },
    },
    apps,
    accounts: [
      { id: 'acct-ms', kind: 'microsoft', address: o.account.email, password: null },
      {
        id: 'acct-outlook',
        kind: 'outlook',
        address: 'ana.work@outlook.com',
        password: outlook,
      },
      {
        id: 'acct-google',
        kind: 'google',
        address: 'ana.lumia@gmail.com',
        password: google,
      },
      {
        id: 'acct-exchange',
        kind: 'exchange',
        address: 'ana@contoso.com',
        password: exchange,
      },
    ],
    threads,
    messages: messages(threads, o.messageCount ?? 60, o.now, 540, rnd),
    calls: calls(threads, o.callCount ?? 40, o.now, 200, rnd),
    media: media(30, o.now, rnd),
    storage: { phoneCapacityBytes: 32 * GB, sdCapacityBytes: 64 * GB, sdOtherBytes: 0, phoneOtherBytes: 0 },
    microsoftAccount: {
      accountId: o.account.id,
      email: o.account.email,
      displayName: o.account.displayName,
      token: o.token,
      dataKey: o.dataKey,
    },
    backup: { ...base.backup, enabledAt: o.now },
    setup: { ...base.setup, complete: true, step: 'done', wifiSsid: 'HomeNet' },
  };
}
