import { describe, expect, it, vi } from 'vitest';

describe('zod, loaded on first need', () => {
  it('says so when a schema is used before zod has loaded, and builds it once zod has', async () => {
    vi.resetModules(); // a fresh copy of the loader: the test setup has loaded zod in its own
    const { loadZod } = await import('./zod');
    const { lazySchema } = await import('./lazySchema');
    const schema = lazySchema((z) => z.object({ name: z.string() }));
    expect(() => schema.safeParse({ name: 'Ana' })).toThrow('await loadZod() first');
    await loadZod();
    expect(schema.safeParse({ name: 'Ana' }).success).toBe(true);
    expect(schema.safeParse({ name: 1 }).success).toBe(false);
  });
});
