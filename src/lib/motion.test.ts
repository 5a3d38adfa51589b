import { chooseMotion, currentMotion, MOTION_STORAGE_KEY, motionOf, motionStore, showMotion } from './motion';

/** A stand-in for matchMedia('(prefers-reduced-motion: reduce)') that a test can flip. */
function fakeReducedMotionQuery(initially: boolean) {
  const listeners = new Set<() => void>();
  const query = {
    matches: initially,
    addEventListener: (_: string, fn: () => void) => listeners.add(fn),
    removeEventListener: (_: string, fn: () => void) => listeners.delete(fn),
  };
  vi.stubGlobal('matchMedia', () => query);
  return {
    set(matches: boolean) {
      query.matches = matches;
      for (const fn of listeners) fn();
    },
    listeners,
  };
}

describe('motion', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    localStorage.clear();
    motionStore.setState({ chosen: 'full', systemReduced: false });
    delete document.documentElement.dataset.motion;
  });

  it('is the chosen motion, never more than reduced when the system asks for less', () => {
    expect(motionOf({ chosen: 'full', systemReduced: false })).toBe('full');
    expect(motionOf({ chosen: 'full', systemReduced: true })).toBe('reduced');
    expect(motionOf({ chosen: 'reduced', systemReduced: true })).toBe('reduced');
    expect(motionOf({ chosen: 'off', systemReduced: true })).toBe('off');
    expect(motionOf({ chosen: 'off', systemReduced: false })).toBe('off');
  });

  it('remembers the choice across reloads, and refuses an unknown one', () => {
    chooseMotion('off');
    expect(localStorage.getItem(MOTION_STORAGE_KEY)).toBe('off');
    expect(currentMotion()).toBe('off');
    expect(() => chooseMotion('slow' as never)).toThrow('Unknown motion "slow": use full, reduced or off.');
    expect(currentMotion()).toBe('off');
  });

  it('reads the saved choice when the page loads, and ignores a value it does not know', async () => {
    localStorage.setItem(MOTION_STORAGE_KEY, 'reduced');
    vi.resetModules();
    expect((await import('./motion')).currentMotion()).toBe('reduced');
    localStorage.setItem(MOTION_STORAGE_KEY, 'wobbly');
    vi.resetModules();
    expect((await import('./motion')).currentMotion()).toBe('full');
  });

  it('shows the motion on <html> and follows the system preference as it changes', () => {
    const system = fakeReducedMotionQuery(false);
    const root = document.documentElement;
    const stop = showMotion(root);
    expect(root.dataset.motion).toBe('full');
    system.set(true);
    expect(root.dataset.motion).toBe('reduced');
    chooseMotion('off');
    expect(root.dataset.motion).toBe('off');
    chooseMotion('full');
    expect(root.dataset.motion).toBe('reduced');
    system.set(false);
    expect(root.dataset.motion).toBe('full');
    stop();
    expect(system.listeners.size).toBe(0);
    chooseMotion('off');
    expect(root.dataset.motion).toBe('full');
  });
});
