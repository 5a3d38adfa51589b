import { createStore } from 'zustand/vanilla';

/**
 * How much the phone moves (SPEC sections 1 and 6): `full` is Windows Phone's motion (turnstile
 * pages, feathered lists, tilt), `reduced` at most a cross-fade, `off` nothing at all (screenshots,
 * tests). Chosen with `setMotion()` or the control panel, and kept across reloads, as a demo expects.
 */
export type Motion = 'full' | 'reduced' | 'off';

export const motions: readonly Motion[] = ['full', 'reduced', 'off'];

export const MOTION_STORAGE_KEY = 'wp-motion';

export const isMotion = (value: unknown): value is Motion => motions.includes(value as Motion);

export interface MotionState {
  /** What the user (the panel, setMotion) chose. */
  chosen: Motion;
  /** The browser asks for less motion (`prefers-reduced-motion: reduce`). */
  systemReduced: boolean;
}

/** What the phone does: the chosen motion, but never more than a cross-fade when the system asks for less. */
export function motionOf({ chosen, systemReduced }: MotionState): Motion {
  return systemReduced && chosen === 'full' ? 'reduced' : chosen;
}

function savedMotion(): Motion {
  try {
    const saved = localStorage.getItem(MOTION_STORAGE_KEY);
    return isMotion(saved) ? saved : 'full';
  } catch {
    return 'full'; // storage unavailable (private mode): motion as on the phone
  }
}

export const motionStore = createStore<MotionState>()(() => ({
  chosen: savedMotion(),
  systemReduced: false,
}));

/** The motion the phone shows now. */
export const currentMotion = (): Motion => motionOf(motionStore.getState());

/** Chooses the motion (remembered across reloads); throws a clear Error on anything else. */
export function chooseMotion(motion: Motion): void {
  if (!isMotion(motion)) throw new Error(`Unknown motion "${String(motion)}": use full, reduced or off.`);
  motionStore.setState({ chosen: motion });
  try {
    localStorage.setItem(MOTION_STORAGE_KEY, motion);
  } catch {
    // Storage unavailable: the choice holds for this page.
  }
}

const REDUCED_QUERY = '(prefers-reduced-motion: reduce)';

/**
 * Keeps `data-motion` on `root` (the page's <html>) equal to the motion shown, following the
 * system's preference as it changes. The stylesheet (src/styles/motion.css) reads it.
 */
export function showMotion(root: HTMLElement): () => void {
  const query = typeof matchMedia === 'function' ? matchMedia(REDUCED_QUERY) : null;
  const follow = () => motionStore.setState({ systemReduced: query?.matches ?? false });
  const show = () => {
    root.dataset.motion = currentMotion();
  };
  follow();
  show();
  query?.addEventListener('change', follow);
  const unsubscribe = motionStore.subscribe(show);
  return () => {
    query?.removeEventListener('change', follow);
    unsubscribe();
  };
}
