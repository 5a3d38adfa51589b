import { builtInApp, BUILT_IN_APPS, MB, GB } from '../../device/defaults';
import type { Random } from '../../device/random';
import { DAY } from '../../device/sampleLists';
import type { App, Media } from '../../device/schema';

export function media(count: number, now: number, rnd: Random): Media[] {
  return Array.from({ length: count }, (_, i) => {
    const video = i % 10 === 9;
    return {
      id: `p${i + 1}`,
      kind: video ? 'video' : 'photo',
      sizeBytes: video ? rnd.int(20, 120) * MB : rnd.int(1500, 4500) * 1024,
      takenAt: now - (count - i) * 2 * DAY,
      uploaded: false,
    };
  });
}

interface AppSpec {
  id: string;
  name: string;
  mb: number;
  sd?: boolean;
  optIn?: boolean;
  dataMb?: number;
  data?: Record<string, string | number>;
}

/** The store apps of the used phone: some opt in to app backup, three big games on the SD card. */
export const USED_PHONE_APPS: AppSpec[] = [
  {
    id: 'wordament',
    name: 'Wordament',
    mb: 24,
    optIn: true,
    dataMb: 0.2,
    data: { highScore: 1840, level: 37 },
  },
  { id: 'whatsapp', name: 'WhatsApp', mb: 42, optIn: true, dataMb: 12, data: { chats: 18 } },
  { id: 'skype', name: 'Skype', mb: 38 },
  { id: 'facebook', name: 'Facebook', mb: 55, optIn: true, dataMb: 3, data: { notifications: 'on' } },
  { id: 'here-maps', name: 'HERE Maps', mb: 60, optIn: true, dataMb: 1, data: { home: 'Redmond' } },
  { id: 'sixtag', name: '6tag', mb: 9, optIn: true, dataMb: 0.5, data: { filters: 12 } },
  { id: 'wikipedia', name: 'Wikipedia', mb: 6 },
  {
    id: 'angry-birds',
    name: 'Angry Birds Star Wars',
    mb: 180,
    optIn: true,
    dataMb: 140,
    data: { stars: 212, level: '3-14' },
  },
  {
    id: 'halo',
    name: 'Halo: Spartan Assault',
    mb: 1350,
    sd: true,
    optIn: true,
    dataMb: 4,
    data: { mission: 21 },
  },
  {
    id: 'asphalt',
    name: 'Asphalt 8: Airborne',
    mb: 1480,
    sd: true,
    optIn: true,
    dataMb: 8,
    data: { credits: 455000 },
  },
  { id: 'modern-combat', name: 'Modern Combat 4', mb: 1620, sd: true },
];

export function storeApps(specs: AppSpec[]): App[] {
  return specs.map((s) => ({
    id: s.id,
    name: s.name,
    sizeBytes: Math.round(s.mb * MB),
    location: s.sd ? 'sd' : 'phone',
    builtIn: false,
    backupOptIn: s.optIn ?? false,
    appDataBytes: Math.round((s.dataMb ?? 0) * MB),
    appData: s.data ?? {},
    installState: 'installed',
    downloadProgress: 100,
  }));
}

/** `count` extra store apps for the heavy phone. */
export function manyApps(count: number, rnd: Random): AppSpec[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `app-${i + 1}`,
    name: `App ${String(i + 1).padStart(3, '0')}`,
    mb: rnd.int(2, 300),
    sd: i % 7 === 0,
    optIn: i % 3 === 0,
    dataMb: rnd.int(0, 120),
    data: { level: rnd.int(1, 99) },
  }));
}

export function allApps(store: App[]): App[] {
  return [...BUILT_IN_APPS.map((a) => builtInApp(a.id, a.name)), ...store];
}

export { DAY, GB, MB };
