import type { StateSplit } from '../lib/splitState';

/** A phone's bulky lists, each saved apart from the rest of the phone (src/lib/splitState.ts). */
const BULKY = ['messages', 'threads', 'calls', 'media'] as const;

type Phones = { activePhoneId?: unknown; phones?: Record<string, Record<string, unknown>> };

export const phonesSplit: StateSplit = {
  split(state) {
    const s = state as Phones;
    const parts = new Map<string, unknown>();
    const phones: Record<string, Record<string, unknown>> = {};
    for (const [id, phone] of Object.entries(s.phones ?? {})) {
      const core = { ...phone };
      for (const list of BULKY) {
        if (!(list in core)) continue;
        parts.set(`${id}/${list}`, core[list]);
        delete core[list];
      }
      phones[id] = core;
    }
    return { core: { ...s, phones }, parts };
  },
  join(core, parts) {
    const s = core as Phones;
    if (typeof s !== 'object' || s === null || typeof s.phones !== 'object' || s.phones === null) return core;
    const phones: Record<string, unknown> = {};
    for (const [id, phone] of Object.entries(s.phones)) {
      const whole: Record<string, unknown> = { ...phone };
      for (const list of BULKY) if (parts.has(`${id}/${list}`)) whole[list] = parts.get(`${id}/${list}`);
      phones[id] = whole;
    }
    return { ...s, phones };
  },
};
