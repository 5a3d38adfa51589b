import type { ZodLib } from './zodLib';

/**
 * zod is loaded when something is first validated, not with the app: evaluating it cost every
 * page load about 100 ms before the first screen, though a phone loaded from a scenario or a
 * first visit validates nothing until it reads saved data or talks to the cloud. Everything that
 * validates is asynchronous and awaits `loadZod()` first; schemas (see lazySchema) are then built
 * from `loadedZod()`.
 */
let lib: ZodLib | undefined;
let loading: Promise<ZodLib> | undefined;

export function loadZod(): Promise<ZodLib> {
  loading ??= import('./zodLib').then((m) => (lib = m.zodLib));
  return loading;
}

export function loadedZod(): ZodLib {
  if (!lib) throw new Error('A schema was used before zod had loaded: await loadZod() first.');
  return lib;
}
