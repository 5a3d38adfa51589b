import { createStore } from 'zustand/vanilla';

/**
 * The guided demo's state, small enough to live in the first bundle: the panel's caption reads it,
 * and `window.phoneEmulator.pauseDemo()` / `resumeDemo()` / `stopDemo()` write it. The script
 * itself (./script.ts) loads only when a demo starts.
 */

/** `watch`: a pace an audience can follow (under 60 s); `fast`: no pauses (tests); or ms per step. */
export type DemoPace = 'watch' | 'fast' | number;
/** `website`: the optional chapter that shows the backup on the account website (SPEC section 4b). */
export interface DemoOptions {
  pace?: DemoPace;
  website?: boolean;
}
export type DemoPhase = 'idle' | 'running' | 'paused' | 'stopping' | 'stopped' | 'done' | 'failed';

export interface DemoStatus {
  phase: DemoPhase;
  /** What the phone is doing now, in words for the audience. */
  caption: string;
  /** 1-based number of the step shown, and how many there are. */
  step: number;
  total: number;
  pace: DemoPace;
  /** Why the demo stopped, when a step failed. */
  error: string | null;
}

export const demoStore = createStore<DemoStatus>()(() => ({
  phase: 'idle',
  caption: '',
  step: 0,
  total: 0,
  pace: 'watch',
  error: null,
}));

export const demoActive = (phase: DemoPhase = demoStore.getState().phase): boolean =>
  phase === 'running' || phase === 'paused' || phase === 'stopping';

export function pauseDemo(): void {
  if (demoStore.getState().phase === 'running') demoStore.setState({ phase: 'paused' });
}

export function resumeDemo(): void {
  if (demoStore.getState().phase === 'paused') demoStore.setState({ phase: 'running' });
}

/** Asks the demo to stop after what it is doing; resolves once it has stopped. */
export function stopDemo(): Promise<void> {
  if (!demoActive()) return Promise.resolve();
  demoStore.setState({ phase: 'stopping' });
  return new Promise((resolve) => {
    const unsubscribe = demoStore.subscribe((s) => {
      if (!demoActive(s.phase)) {
        unsubscribe();
        resolve();
      }
    });
  });
}

/** Reads `?demo=restore&pace=fast|watch|<ms>&website=1`; null when the URL asks for no demo. */
export function demoFromUrl(href: string): { pace: DemoPace; website?: true } | null {
  const params = new URL(href).searchParams;
  if (params.get('demo') !== 'restore') return null;
  const chapter = params.get('website') === '1' ? { website: true as const } : {};
  const pace = params.get('pace');
  if (pace === 'fast') return { pace: 'fast', ...chapter };
  const ms = Number(pace);
  return { pace: pace !== null && pace !== '' && Number.isFinite(ms) && ms >= 0 ? ms : 'watch', ...chapter };
}
