import { builtInApp, BUILT_IN_APPS, MB } from '../../device/defaults';
import type { App, Call, Media, Message, Thread } from '../../device/schema';
import type { Random } from './random';

/**
 * The scenarios' data, made from a seeded sequence (random.ts), so that every load of a scenario
 * makes the same phone: its correspondents, texts, calls, photos and apps.
 */
const DAY = 24 * 3600 * 1000;

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

const PEOPLE = [
  ['Ana Silva', '+1 425 555 0101'],
  ['Ben Okafor', '+1 206 555 0102'],
  ['Chloé Martin', '+33 6 12 34 56 78'],
  ['Dmitri Ivanov', '+1 425 555 0104'],
  ['Emma Johansson', '+46 70 123 45 67'],
  ['Farah Haddad', '+1 206 555 0106'],
  ['Gabriel Costa', '+55 11 91234 5678'],
  ['Hana Kobayashi', '+81 90 1234 5678'],
  ['Mom', '+1 425 555 0109'],
  ['Pizza Place', '+1 425 555 0110'],
] as const;
const BODIES = [
  'See you at 7?',
  'On my way',
  'Did you back up your phone before the reset?',
  'Thanks!',
  'Call me when you can',
  'Running late, sorry',
  'Happy birthday! 🎉',
  'The restore worked, all my texts are back',
  'Can you send me the photos?',
  'ok 👍',
  'Lunch tomorrow?',
  'Your order is ready for pickup',
];

export function people(count: number): Thread[] {
  return Array.from({ length: count }, (_, i) => {
    const [name, number] = PEOPLE[i % PEOPLE.length]!;
    return {
      id: `t${i + 1}`,
      name: i < PEOPLE.length ? name : `${name} ${Math.floor(i / PEOPLE.length) + 1}`,
      number: i < PEOPLE.length ? number : `+1 425 555 ${String(1000 + i).slice(-4)}`,
    };
  });
}

/** Texts spread over `spanDays` before `now`, oldest first. */
export function messages(
  threads: Thread[],
  count: number,
  now: number,
  spanDays: number,
  rnd: Random,
): Message[] {
  return Array.from({ length: count }, (_, i) => {
    const at = now - Math.floor(((count - i) / count) * spanDays * DAY) + rnd.int(0, 3600_000);
    const mms = rnd.next() < 0.05;
    const message: Message = {
      id: `m${i + 1}`,
      threadId: rnd.pick(threads).id,
      direction: rnd.next() < 0.5 ? 'in' : 'out',
      kind: mms ? 'mms' : 'sms',
      body: rnd.pick(BODIES),
      at: Math.min(at, now - 60_000),
    };
    if (mms) message.attachmentBytes = rnd.int(80, 600) * 1024;
    return message;
  });
}

export function calls(threads: Thread[], count: number, now: number, spanDays: number, rnd: Random): Call[] {
  return Array.from({ length: count }, (_, i) => {
    const t = rnd.pick(threads);
    const direction = rnd.pick(['incoming', 'outgoing', 'missed'] as const);
    return {
      id: `c${i + 1}`,
      number: t.number,
      name: t.name,
      direction,
      durationSec: direction === 'missed' ? 0 : rnd.int(5, 2400),
      at: now - Math.floor(((count - i) / count) * spanDays * DAY),
    };
  });
}
