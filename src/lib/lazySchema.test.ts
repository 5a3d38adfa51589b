import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { built, lazySchema } from './lazySchema';

describe('lazySchema', () => {
  it('builds the schema on first use only', () => {
    const build = vi.fn(() => z.object({ name: z.string() }));
    const schema = lazySchema(build);
    expect(build).not.toHaveBeenCalled();
    expect(schema.parse({ name: 'Ana' })).toEqual({ name: 'Ana' });
    expect(schema.safeParse({ name: 1 }).success).toBe(false);
    expect(build).toHaveBeenCalledTimes(1);
  });

  it('works wherever a zod schema does: inside others, with methods, as its class', () => {
    const inner = lazySchema(() => z.object({ id: z.string(), at: z.number().nonnegative() }));
    const outer = lazySchema(() =>
      z.object({ items: z.array(inner), maybe: inner.optional(), byId: z.record(z.string(), inner) }),
    );
    const ok = { items: [{ id: 'a', at: 1 }], byId: { a: { id: 'a', at: 2 } } };
    expect(outer.parse(ok)).toEqual(ok);
    const bad = outer.safeParse({ items: [{ id: 'a', at: -1 }], byId: {} });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.path).toEqual(['items', 0, 'at']);
    expect(inner).toBeInstanceOf(z.ZodObject);
    expect(inner.shape.id).toBeInstanceOf(z.ZodString);
    expect(z.union([inner, z.null()]).parse(null)).toBeNull();
  });

  it('hands over the schema itself, for other schemas to hold (built() of a plain schema is itself)', () => {
    const inner = lazySchema(() => z.object({ id: z.string() }));
    const real = built(inner);
    expect(real).not.toBe(inner);
    expect(built(real)).toBe(real);
    expect(z.array(real).parse([{ id: 'a' }])).toEqual([{ id: 'a' }]);
    expect(inner.shape).toBe(real.shape);
  });
});
