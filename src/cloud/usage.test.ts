import { describe, expect, it } from 'vitest';
import { jsonBytes, utf8Length } from './usage';

describe('utf8Length', () => {
  it.each([
    '',
    'plain ascii',
    'Chloé',
    '€ and ✓',
    'Happy birthday! 🎉 ok 👍',
    '\u{10FFFF}x',
    'a\u0000b',
    '\u07FF\u0800',
  ])('counts %j as TextEncoder does', (text) => {
    expect(utf8Length(text)).toBe(new TextEncoder().encode(text).length);
  });
});

describe('jsonBytes', () => {
  it('weighs a value as its UTF-8 JSON', () => {
    const value = { body: 'ok 👍', name: 'Chloé Martin', n: 1 };
    expect(jsonBytes(value)).toBe(new TextEncoder().encode(JSON.stringify(value)).length);
    expect(jsonBytes(undefined)).toBe(0);
  });
});
