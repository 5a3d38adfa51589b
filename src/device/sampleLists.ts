import { numberBytes, quotedBytes } from '../lib/jsonBytes';
import type { Random } from './random';
import type { Call, Message, Thread } from './schema';

// The texts and calls of the scenarios' phones, made from a seeded sequence. What these functions
// make is part of the saved format: a list made by them is saved as its recipe (recipes.ts) and
// made again when it is read, so a change that makes different lists needs a new recipe version.

export const DAY = 24 * 3600 * 1000;
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

/** A member `"key":` of a JSON object, in bytes, before its value. */
const member = (key: string) => quotedBytes(key) + 1;
/** A text's braces, its six keys that are always there, and the commas between them. */
const TEXT_BYTES =
  2 +
  member('id') +
  member('threadId') +
  member('direction') +
  member('kind') +
  member('body') +
  member('at') +
  5;
const ATTACHMENT_BYTES = 1 + member('attachmentBytes');

/**
 * Texts spread over `spanDays` before `now`, oldest first, and their size as JSON, which is what
 * the cloud counts for a text history: added up as they are made, it costs next to nothing,
 * while weighing 10,000 texts afterwards took the heavy phone's load 20 to 50 ms.
 */
export function messages(
  threads: Thread[],
  count: number,
  now: number,
  spanDays: number,
  rnd: Random,
): { list: Message[]; jsonBytes: number } {
  const weigh = <T extends string>(values: readonly T[]) => new Map(values.map((v) => [v, quotedBytes(v)]));
  const threadIds = weigh(threads.map((t) => t.id));
  const bodies = weigh(BODIES);
  const directions = weigh(['in', 'out'] as const);
  const kinds = weigh(['sms', 'mms'] as const);
  const out: Message[] = new Array<Message>(count);
  let bytes = 2 + Math.max(0, count - 1); // brackets and commas
  for (let i = 0; i < count; i++) {
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
    bytes +=
      TEXT_BYTES +
      quotedBytes(message.id) +
      threadIds.get(message.threadId)! +
      directions.get(message.direction)! +
      kinds.get(message.kind)! +
      bodies.get(message.body)! +
      numberBytes(message.at);
    // Set after the literal rather than spread into it: a spread per text costs a runtime call.
    if (mms) {
      message.attachmentBytes = rnd.int(80, 600) * 1024;
      bytes += ATTACHMENT_BYTES + numberBytes(message.attachmentBytes);
    }
    out[i] = message;
  }
  return { list: out, jsonBytes: bytes };
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
