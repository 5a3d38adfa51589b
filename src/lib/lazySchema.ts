/**
 * A zod schema built the first time it is used, not when its module loads. The phone's and the
 * cloud's schemas are a few hundred zod objects, and building them cost a page load tens of
 * milliseconds before the first screen, though a first visit validates nothing until the phone
 * is saved or the cloud answers. The stand-in forwards everything to the schema once built.
 * zod itself is loaded on first need too (zod.ts).
 */
import { loadedZod } from './zod';
import type { ZodLib } from './zodLib';

const REAL = Symbol('lazySchema.real');

/** `build` gets zod, which is loaded by then (see zod.ts). */
export function lazySchema<T extends object>(build: (z: ZodLib) => T): T {
  let schema: T | undefined;
  const real = (): T => (schema ??= build(loadedZod()));
  return new Proxy({} as T, {
    get: (_, key) => {
      const target = real();
      return key === REAL ? target : (Reflect.get(target, key, target) as unknown);
    },
    set: (_, key, value) => Reflect.set(real(), key, value),
    has: (_, key) => Reflect.has(real(), key),
    getPrototypeOf: () => Reflect.getPrototypeOf(real()),
  });
}

/**
 * The schema itself behind a lazySchema stand-in (built now), for use inside other schemas: zod
 * then reaches it directly for every element it parses, not through the stand-in each time.
 */
export function built<T extends object>(schema: T): T {
  return ((schema as Record<symbol, unknown>)[REAL] as T | undefined) ?? schema;
}
