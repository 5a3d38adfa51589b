/**
 * How a persisted state is cut into records: a small core, written on every change, and bulky
 * parts (a phone's 10,000 texts) under keys of their own, written only when they change. Saving
 * a new backup time must not serialise every text message again.
 */
export interface StateSplit {
  /** The core without the parts, and the parts by key. */
  split(state: unknown): { core: unknown; parts: Map<string, unknown> };
  /** The core read back, with its parts put in again. zod is loaded by then. */
  join(core: unknown, parts: Map<string, unknown>): unknown;
}

/** What is stored under the state's own key when it is split: the core and its parts' keys. */
export interface SplitRecord {
  state: unknown;
  version: number;
  parts: string[];
}

export function isSplitRecord(raw: unknown): raw is SplitRecord {
  return (
    typeof raw === 'object' &&
    raw !== null &&
    Array.isArray((raw as { parts?: unknown }).parts) &&
    (raw as { parts: unknown[] }).parts.every((k) => typeof k === 'string')
  );
}

export const partKey = (name: string, part: string) => `${name}:part:${part}`;
