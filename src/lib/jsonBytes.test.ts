import { describe, expect, it } from 'vitest';
import { jsonBytes, rememberJsonBytes } from './jsonBytes';

const encoded = (value: unknown) => new TextEncoder().encode(JSON.stringify(value) ?? '').length;

/** A small seeded generator, so a failure shows the same value again. */
function seeded(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

/** Code units from every range JSON escapes or encodes differently, lone surrogates included. */
const UNITS = [
  0x00, 0x08, 0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x1f, 0x20, 0x22, 0x2f, 0x41, 0x5c, 0x7e, 0x7f, 0x80, 0xe9, 0x7ff,
  0x800, 0x20ac, 0xd7ff, 0xd83c, 0xdf89, 0xd800, 0xdbff, 0xdc00, 0xdfff, 0xe000, 0xfffd, 0xffff,
];

function randomValue(rnd: () => number, depth = 0): unknown {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const text = () =>
    Array.from({ length: Math.floor(rnd() * 8) }, () => String.fromCharCode(pick(UNITS))).join('');
  const kind = Math.floor(rnd() * (depth > 3 ? 6 : 9));
  switch (kind) {
    case 0:
      return text();
    case 1:
      return pick([0, -0, 7, -42, 1.5, -1e-7, 1e21, 2 ** 53, -(2 ** 60), 123456789012, NaN, Infinity]);
    case 2:
      return pick([true, false, null]);
    case 3:
      return pick([undefined, () => 1, Symbol('s')]);
    case 4:
      return new Date(Math.floor(rnd() * 4e12));
    case 5:
      return pick([new Number(3), new String('é"'), new Boolean(false)]);
    case 6:
    case 7: {
      const object: Record<string, unknown> = {};
      for (let i = Math.floor(rnd() * 5); i > 0; i--) object[text() || 'k'] = randomValue(rnd, depth + 1);
      return object;
    }
    default:
      return Array.from({ length: Math.floor(rnd() * 5) }, () => randomValue(rnd, depth + 1));
  }
}

describe('jsonBytes', () => {
  it('weighs a value as its UTF-8 JSON', () => {
    const value = { body: 'ok 👍', name: 'Chloé Martin', n: 1, at: 1795640400000 };
    expect(jsonBytes(value)).toBe(encoded(value));
    expect(jsonBytes(undefined)).toBe(0);
    expect(jsonBytes(() => 1)).toBe(0);
  });

  it.each([
    ['escapes', 'a"b\\c\n\t\b\f\r\u0000\u001f/'],
    ['multi-byte characters', 'Chloé € ✓ 🎉 \u{10FFFF}'],
    ['lone surrogates, which JSON writes as \\u escapes', '\ud800x\udc00\ud83c'],
    ['a surrogate pair split across the end', 'x\ud83c'],
    [
      'holes and left-out values in arrays',
      [Object.assign(new Array<unknown>(3), { 0: 1 }), undefined, () => 0, Symbol('x'), null],
    ],
    ['left-out values in objects', { a: undefined, b: () => 0, c: 1, [Symbol('d')]: 2 }],
    ['numbers', [0, -0, -1, 9, 10, 99, 100, 1e21, 1.1e-7, 2 ** 53, 2 ** 53 + 2, -(2 ** 70), NaN, -Infinity]],
    ['toJSON, with the key it is called for', { d: new Date(0), x: { toJSON: (k: string) => `key ${k}` } }],
    ['boxed primitives', [new Number(12), new String('é'), new Boolean(true)]],
    ['empty containers', { a: [], b: {}, c: [[]], d: [{}] }],
    [
      'only own enumerable keys, inherited and hidden ones left out',
      Object.defineProperty(
        Object.assign(Object.create({ inherited: 'x', shadowed: 'y' }), { own: 1 }),
        'shadowed',
        {
          value: 'hidden',
          enumerable: false,
        },
      ),
    ],
    ['integer-like keys, which come first', { b: 1, 2: 'two', a: [], 1: 'one', é: 'é' }],
    ['the same key again with a value of another size', [{ k: 1 }, { k: 'long value' }, { k: undefined }]],
  ])('counts %s as JSON.stringify writes them', (_, value) => {
    expect(jsonBytes(value)).toBe(encoded(value));
  });

  it('agrees with JSON.stringify on 2,000 random values', () => {
    const rnd = seeded(930);
    for (let i = 0; i < 2000; i++) {
      const value = randomValue(rnd);
      expect(jsonBytes(value), JSON.stringify(value)).toBe(encoded(value));
    }
  });

  it('throws where JSON.stringify throws: a BigInt, a cycle', () => {
    const cycle: Record<string, unknown> = { a: 1 };
    cycle.self = cycle;
    expect(() => jsonBytes({ n: 1n })).toThrow(TypeError);
    expect(() => jsonBytes(cycle)).toThrow(TypeError);
    // The same object twice, not in a cycle, is fine.
    const shared = { x: 'é' };
    expect(jsonBytes([shared, shared])).toBe(encoded([shared, shared]));
  });

  it("weighs a heavy phone's texts exactly", () => {
    const messages = Array.from({ length: 10_000 }, (_, i) => ({
      id: `m${i + 1}`,
      threadId: `t${i % 60}`,
      direction: i % 2 ? 'in' : 'out',
      kind: i % 20 ? 'sms' : 'mms',
      body: ['Happy birthday! 🎉', 'ok 👍', 'On my way', 'Chloé?'][i % 4],
      at: 1_795_640_400_000 - i * 60_000,
      ...(i % 20 ? {} : { attachmentBytes: 1024 * i }),
    }));
    expect(jsonBytes({ threads: [], messages })).toBe(encoded({ threads: [], messages }));
  });

  it('takes a remembered size for a list instead of walking it', () => {
    const list = Object.freeze([{ a: 1 }, { b: 'two' }]);
    rememberJsonBytes(list, 1000);
    expect(jsonBytes(list)).toBe(1000);
    expect(jsonBytes({ list })).toBe(2 + 6 + 1 + 1000); // {"list":…}
    expect(jsonBytes([...list])).toBe(encoded(list));
  });
});
