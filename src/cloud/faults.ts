import { z } from 'zod';
import { lazySchema } from '../lib/lazySchema';

/** Request kinds a fault can target (SPEC section 6). */
export const faultKinds = [
  'sign-in',
  'send-code',
  'list-backups',
  'upload',
  'commit',
  'download',
  'delete',
  'storage',
] as const;
export type FaultKind = (typeof faultKinds)[number];
export const faultErrors = ['server-error', 'timeout', 'quota-full'] as const;
export type FaultError = (typeof faultErrors)[number];

export const faultSpecSchema = lazySchema(() =>
  z.object({
    kind: z.enum(faultKinds),
    error: z.enum(faultErrors),
    times: z.union([z.number().int().positive(), z.literal('always')]).optional(),
  }),
);
export type FaultSpec = z.infer<typeof faultSpecSchema>;
export interface ActiveFault {
  id: number;
  kind: FaultKind;
  error: FaultError;
  remaining: number | 'always';
}

/** Latency and faults of this tab's cloud; the control panel and window.phoneEmulator set them. */
let latencyMs = 0;
let faults: ActiveFault[] = [];
let nextId = 1;
const listeners = new Set<() => void>();
const emit = () => listeners.forEach((l) => l());

export const cloudConfig = {
  get latencyMs() {
    return latencyMs;
  },
  setLatency(ms: number) {
    if (!Number.isFinite(ms) || ms < 0)
      throw new Error('Latency must be a number of milliseconds, 0 or more.');
    latencyMs = Math.min(ms, 60_000);
    emit();
  },
  faults(): readonly ActiveFault[] {
    return faults;
  },
  inject(spec: FaultSpec) {
    const parsed = faultSpecSchema.parse(spec);
    faults = [
      ...faults,
      { id: nextId++, kind: parsed.kind, error: parsed.error, remaining: parsed.times ?? 1 },
    ];
    emit();
  },
  clear(id?: number) {
    faults = id === undefined ? [] : faults.filter((f) => f.id !== id);
    emit();
  },
  /** Takes the fault that applies to this request kind, if any, counting it down. */
  take(kind: FaultKind): FaultError | null {
    const fault = faults.find((f) => f.kind === kind);
    if (!fault) return null;
    if (fault.remaining !== 'always') {
      const remaining = fault.remaining - 1;
      faults =
        remaining > 0
          ? faults.map((f) => (f === fault ? { ...f, remaining } : f))
          : faults.filter((f) => f !== fault);
      emit();
    }
    return fault.error;
  },
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};
