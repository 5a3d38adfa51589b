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
const faultErrors = ['server-error', 'timeout', 'quota-full'] as const;
export type FaultError = (typeof faultErrors)[number];

export interface FaultSpec {
  kind: FaultKind;
  error: FaultError;
  /** How many requests fail (1 unless given), or all of them until cleared. */
  times?: number | 'always';
}

/**
 * Checks a fault asked for through window.phoneEmulator. Checked by hand, not by a zod schema:
 * injectFault() is synchronous (SPEC section 6) and may come before zod has loaded (lib/zod.ts).
 */
export function checkFaultSpec(spec: unknown): FaultSpec {
  const s = (typeof spec === 'object' && spec !== null ? spec : {}) as Record<string, unknown>;
  const { kind, error, times } = s;
  if (!faultKinds.includes(kind as FaultKind))
    throw new Error(`Unknown fault kind ${JSON.stringify(kind)}: use ${faultKinds.join(', ')}.`);
  if (!faultErrors.includes(error as FaultError))
    throw new Error(`Unknown fault error ${JSON.stringify(error)}: use ${faultErrors.join(', ')}.`);
  const countOk = typeof times === 'number' && Number.isInteger(times) && times > 0;
  if (times !== undefined && times !== 'always' && !countOk)
    throw new Error(
      `A fault's times must be a whole number above 0 or 'always', not ${JSON.stringify(times)}.`,
    );
  return {
    kind: kind as FaultKind,
    error: error as FaultError,
    ...(times === undefined ? {} : { times: times as number | 'always' }),
  };
}
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
    const parsed = checkFaultSpec(spec);
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
