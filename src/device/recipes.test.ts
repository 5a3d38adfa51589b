import { beforeAll, describe, expect, it } from 'vitest';
import { jsonBytes } from '../lib/jsonBytes';
import { loadZod } from '../lib/zod';
import { seededRandom } from './random';
import { holdsRecipes, makeList, packLists, unpackLists, type ListRecipe } from './recipes';
import { calls, messages, people } from './sampleLists';

const NOW = Date.UTC(2026, 10, 23, 21);
const texts = (over: Partial<Omit<ListRecipe, '$recipe'>> = {}) => ({
  $recipe: 'scenario-texts' as const,
  version: 1 as const,
  seed: 930,
  people: 8,
  count: 60,
  now: NOW,
  spanDays: 540,
  ...over,
});

/** FNV-1a over the list's JSON: a fingerprint of what a recipe makes. */
function fingerprint(value: unknown): string {
  let hash = 0x811c9dc5;
  const json = JSON.stringify(value);
  for (let i = 0; i < json.length; i++) hash = Math.imul(hash ^ json.charCodeAt(i), 0x01000193) >>> 0;
  return `${json.length}:${hash.toString(16)}`;
}

beforeAll(() => loadZod());

describe('a list made from a recipe', () => {
  it('is what the generators make, and leaves the sequence where they leave it', () => {
    const rnd = seededRandom(930);
    const made = makeList(texts({ seed: rnd.state() }), rnd);
    const madeCalls = makeList(
      { ...texts({ seed: rnd.state(), count: 40 }), $recipe: 'scenario-calls' },
      rnd,
    );
    const ref = seededRandom(930);
    expect(made).toEqual(messages(people(8), 60, NOW, 540, ref).list);
    expect(madeCalls).toEqual(calls(people(8), 40, NOW, 540, ref));
    expect(rnd.state()).toBe(ref.state());
  });

  // Saved recipes are made again on every load: if the generators changed what they make, a
  // phone saved before would read back different texts. Change the recipe's version instead.
  // (The fingerprints are of the heavy phone's lists as the generators made them before recipes.)
  it('is the same list as when recipes were first saved (version 1)', () => {
    const rnd = seededRandom(930);
    const heavy = makeList(texts({ seed: rnd.state(), people: 60, count: 10_000 }), rnd);
    const heavyCalls = makeList(
      { ...texts({ seed: rnd.state(), people: 60, count: 2000, spanDays: 200 }), $recipe: 'scenario-calls' },
      rnd,
    );
    expect(fingerprint(heavy)).toBe('1131590:93b11fe7');
    expect(fingerprint(heavyCalls)).toBe('246380:7d84f7a6');
  });

  it.each([
    ['none', 0, 930],
    ['one', 1, 1],
    ['a few hundred, some with attachments and emoji', 400, 930],
    ['the heavy phone’s', 10_000, 930],
  ])('is weighed as it is made (%s): the size the cloud counts, without a walk', (_, count, seed) => {
    const utf8 = (value: unknown) => new TextEncoder().encode(JSON.stringify(value)).length;
    const made = makeList(texts({ seed, count, people: 60 }));
    expect(messages(people(60), count, NOW, 540, seededRandom(seed)).jsonBytes).toBe(utf8(made));
    expect(jsonBytes(made)).toBe(utf8(made));
    expect(jsonBytes({ threads: people(60), messages: made })).toBe(
      utf8({ threads: people(60), messages: made }),
    );
  });

  it('is frozen, so that a change in place fails instead of being lost on the next load', () => {
    const made = makeList(texts());
    expect(() => made.push(made[0]!)).toThrow(TypeError);
  });

  it('must start where the given sequence is', () => {
    const rnd = seededRandom(1);
    expect(() => makeList(texts({ seed: 2 }), rnd)).toThrow(/seed/);
  });
});

describe('saving made lists as their recipes', () => {
  it('saves a made list as its recipe, and reads the same list back', () => {
    const made = makeList(texts());
    const saved = packLists(made);
    expect(saved).toEqual(texts());
    expect(holdsRecipes(saved)).toBe(true);
    const read = unpackLists(structuredClone(saved));
    expect(read).toEqual(made);
    // Read back, it is a made list again: saved unchanged, it stays a recipe.
    expect(packLists(read)).toEqual(texts());
  });

  it('saves any other list whole: a changed copy of a made list, or a list made otherwise', () => {
    const made = makeList(texts());
    const changed = [...made, { ...made[0]!, id: 'new' }];
    expect(packLists(changed)).toBe(changed);
    const plain = messages(people(8), 60, NOW, 540, seededRandom(930)).list;
    expect(packLists(plain)).toBe(plain);
    expect(holdsRecipes(plain)).toBe(false);
    for (const value of [undefined, null, 3, 'text', new Date(0)]) expect(packLists(value)).toBe(value);
  });

  it('replaces a made list one level down (a cloud text history), leaving the value itself alone', () => {
    const threads = people(8);
    const history = { threads, messages: makeList(texts()) };
    const saved = packLists(history) as Record<string, unknown>;
    expect(saved).toEqual({ threads, messages: texts() });
    expect(saved.threads).toBe(threads);
    expect(history.messages).toHaveLength(60);
    expect(unpackLists(structuredClone(saved))).toEqual(history);
    const plain = { threads, messages: [] };
    expect(packLists(plain)).toBe(plain);
    expect(unpackLists(plain)).toBe(plain);
  });

  it.each([
    ['an unknown kind', { ...texts(), $recipe: 'scenario-photos' }],
    ['a later version', { ...texts(), version: 2 }],
    ['too many items', texts({ count: 50_001 })],
    ['a fractional seed', texts({ seed: 1.5 })],
    ['an extra key', { ...texts(), extra: 1 }],
    ['a missing key', { $recipe: 'scenario-texts', version: 1 }],
  ])('leaves a recipe with %s as it is, for the reader to refuse', (_, bad) => {
    expect(unpackLists(bad)).toBe(bad);
    const history = { threads: [], messages: bad };
    expect(unpackLists(history)).toEqual(history);
  });
});
