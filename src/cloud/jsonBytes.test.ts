import { describe, expect, it } from 'vitest';
import { buildScenario } from '../emulator/scenarios/index';
import { jsonBytes } from './jsonBytes';

const reference = (value: unknown) => new TextEncoder().encode(JSON.stringify(value)).length;

describe('jsonBytes', () => {
  it('counts what JSON.stringify writes, in UTF-8, for every kind of value', () => {
    const samples: unknown[] = [
      0,
      -0,
      1.5,
      -42,
      1e21,
      5e-7,
      Number.MAX_SAFE_INTEGER,
      NaN,
      Infinity,
      true,
      false,
      null,
      '',
      'plain',
      'quote " and backslash \\ and slash /',
      'tab\t newline\n return\r bell\u0007 nul\u0000 del\u007f',
      'café, 日本語, emoji 🎉👍, Ω',
      'lone \ud800 surrogate and \udc00',
      [],
      {},
      [1, 'a', null, undefined, () => 1, Symbol('s'), [[]], {}],
      { a: undefined, b: () => 1, c: Symbol('s'), d: 1 },
      { only: undefined },
      { 'key "quoted"': 1, ключ: 'значение', '': 0, 10: 'numeric key' },
      { nested: { deeper: { list: [{ x: 1 }, { y: [true, false, null] }] } } },
      { when: new Date(Date.UTC(2026, 10, 23)), custom: { toJSON: () => 'custom' } },
      { gone: { toJSON: () => undefined }, kept: 1 },
      new Map([['a', 1]]),
      [new Set([1]), new Uint8Array([1, 2])],
      Object.assign(Object.create(null) as object, { bare: 'object' }),
    ];
    for (const value of samples) expect(jsonBytes(value), JSON.stringify(value)).toBe(reference(value));
  });

  it('counts a top-level value JSON leaves out as nothing', () => {
    expect(jsonBytes(undefined)).toBe(0);
    expect(jsonBytes(() => 1)).toBe(0);
  });

  it("counts the heavy phone's text history and backup exactly", async () => {
    const built = await buildScenario('heavy-phone');
    const phone = built.phones.phones[built.phones.activePhoneId]!;
    const history = { threads: phone.threads, messages: phone.messages };
    expect(jsonBytes(history)).toBe(reference(history));
    expect(jsonBytes(phone)).toBe(reference(phone));
    for (const blob of Object.values(built.blobs)) expect(jsonBytes(blob)).toBe(reference(blob));
  });

  it('refuses what JSON.stringify refuses', () => {
    const loop: Record<string, unknown> = {};
    loop.self = loop;
    expect(() => jsonBytes(loop)).toThrow(TypeError);
    expect(() => jsonBytes({ big: 1n })).toThrow(TypeError);
  });
});
