import type { z } from 'zod';
import { rememberJsonBytes } from '../lib/jsonBytes';
import { lazySchema } from '../lib/lazySchema';
import { seededRandom, type Random } from './random';
import { calls, messages, people } from './sampleLists';
import type { Call, Message } from './schema';

/**
 * A generated list saved as the recipe that makes it.
 *
 * A scenario's phone comes with up to 10,000 texts and 2,000 calls, made from a seeded sequence.
 * Copying them into IndexedDB, for the phone and again for the cloud's text history, took the
 * heavy phone's load 150 to 250 ms of the main thread. Until something changes it, such a list
 * is saved as its recipe (a few numbers) and made again, the same, when it is read: the stores
 * keep working with whole lists, and every reader gets whole lists.
 *
 * A list is known by its identity: a change makes a new array (the stores never mutate one), and
 * a new array is saved whole. Made lists are frozen so that a mutation in place fails loudly
 * instead of being lost.
 */

/** Bounds a recipe to what the cloud accepts, so a hostile stored value cannot hang a read. */
const MAX_ITEMS = 50_000;

export const listRecipeSchema = lazySchema((z) =>
  z
    .object({
      $recipe: z.enum(['scenario-texts', 'scenario-calls']),
      version: z.literal(1),
      /** The seeded sequence's state when the list began (random.ts). */
      seed: z.number().int().min(0).max(0xffffffff),
      /** How many correspondents the list is spread over (sampleLists.ts `people`). */
      people: z.number().int().min(1).max(1000),
      count: z.number().int().min(0).max(MAX_ITEMS),
      /** The newest item is just before this time; the oldest `spanDays` before it. */
      now: z.number().int().min(0).max(8.64e15),
      spanDays: z.number().int().min(1).max(36_500),
    })
    .strict(),
);
export type ListRecipe = z.infer<typeof listRecipeSchema>;
type TextsRecipe = ListRecipe & { $recipe: 'scenario-texts' };
type CallsRecipe = ListRecipe & { $recipe: 'scenario-calls' };

const madeFrom = new WeakMap<object, ListRecipe>();

/**
 * Makes the list `recipe` describes and remembers it, so that saving it saves the recipe.
 * `rnd`, when given, is the sequence the caller goes on with (it must be at `recipe.seed`).
 */
export function makeList(recipe: TextsRecipe, rnd?: Random): Message[];
export function makeList(recipe: CallsRecipe, rnd?: Random): Call[];
export function makeList(recipe: ListRecipe, rnd?: Random): Message[] | Call[];
export function makeList(recipe: ListRecipe, rnd: Random = seededRandom(recipe.seed)): Message[] | Call[] {
  if (rnd.state() !== recipe.seed) throw new Error('makeList: the sequence is not at the recipe’s seed');
  const threads = people(recipe.people);
  let list: Message[] | Call[];
  if (recipe.$recipe === 'scenario-texts') {
    const made = messages(threads, recipe.count, recipe.now, recipe.spanDays, rnd);
    list = made.list;
    rememberJsonBytes(list, made.jsonBytes); // weighed as made: the cloud need not walk it
  } else {
    list = calls(threads, recipe.count, recipe.now, recipe.spanDays, rnd);
  }
  madeFrom.set(Object.freeze(list), { ...recipe });
  return list;
}

const isObject = (v: unknown): v is object => typeof v === 'object' && v !== null;
const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  isObject(v) && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype;

/**
 * What to save for `value`: the recipe of a made list, or `value` with its made lists (one level
 * down, as the cloud's `{ threads, messages }`) replaced by their recipes. Anything else as it is.
 */
export function packLists(value: unknown): unknown {
  if (!isObject(value)) return value;
  const recipe = madeFrom.get(value);
  if (recipe) return recipe;
  if (!isPlainObject(value)) return value;
  let packed: Record<string, unknown> | undefined;
  for (const key in value) {
    if (!Object.hasOwn(value, key)) continue;
    const inner = value[key];
    const innerRecipe = isObject(inner) ? madeFrom.get(inner) : undefined;
    if (innerRecipe) (packed ??= { ...value })[key] = innerRecipe;
  }
  return packed ?? value;
}

const looksLikeRecipe = (v: unknown): boolean => isPlainObject(v) && typeof v.$recipe === 'string';

/** Whether `value` as read holds a recipe (itself, or one level down), so needs unpackLists. */
export function holdsRecipes(value: unknown): boolean {
  if (looksLikeRecipe(value)) return true;
  if (!isPlainObject(value)) return false;
  for (const key in value) if (Object.hasOwn(value, key) && looksLikeRecipe(value[key])) return true;
  return false;
}

/**
 * `value` as read, with its recipes made into lists again (the inverse of packLists). A recipe
 * that is not valid is left as it is, for the reader's schema to refuse. zod must be loaded.
 */
export function unpackLists(value: unknown): unknown {
  if (looksLikeRecipe(value)) return unpackOne(value);
  if (!isPlainObject(value) || !holdsRecipes(value)) return value;
  const out: Record<string, unknown> = { ...value };
  for (const key in out) if (looksLikeRecipe(out[key])) out[key] = unpackOne(out[key]);
  return out;
}

function unpackOne(value: unknown): unknown {
  const recipe = listRecipeSchema.safeParse(value);
  return recipe.success ? makeList(recipe.data) : value;
}
