import type { RouterState } from 'react-router';
import { renderedLocationStore } from '../app/RenderedLocation';
import type { PhoneRouter } from '../app/routes';
import { bootStore } from './bootState';
import { settled, untilIdle } from './settled';

// The control panel's later sections, held until a test lets them in.
const panel = vi.hoisted(() => {
  let release!: () => void;
  const loaded = new Promise<void>((resolve) => (release = resolve));
  return { loaded, release: () => release() };
});
vi.mock('./panel/laterSections', () => ({ laterSectionsLoaded: panel.loaded }));

/** A router at `/start` that the test moves by hand, as react-router does: state, then subscribers. */
function fakeRouter(navigation: 'idle' | 'loading') {
  const subscribers = new Set<(state: RouterState) => void>();
  const router = {
    state: {
      initialized: true,
      navigation: { state: navigation },
      revalidation: 'idle',
      location: { pathname: '/start', key: 'start' },
    },
    subscribe: (fn: (state: RouterState) => void) => {
      subscribers.add(fn);
      return () => subscribers.delete(fn);
    },
  };
  const arrive = () => {
    router.state = { ...router.state, navigation: { state: 'idle' } };
    subscribers.forEach((fn) => fn(router.state as unknown as RouterState));
  };
  return { router: router as unknown as PhoneRouter, arrive };
}

describe('untilIdle', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    renderedLocationStore.setState({ key: 'start' });
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('says in the console what it still waits for after 10 s, and resolves once that is done', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { router, arrive } = fakeRouter('loading');
    let idle = false;
    void untilIdle(router).then(() => (idle = true));
    await vi.advanceTimersByTimeAsync(9_999);
    expect(warn).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(warn).toHaveBeenCalledExactlyOnceWith(
      'window.phoneEmulator: still waiting for the phone to settle after 10 s (navigation).',
    );
    expect(idle).toBe(false);
    arrive();
    await vi.advanceTimersByTimeAsync(0);
    expect(idle).toBe(true);
  });

  it('says nothing when the phone settles in time', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { router, arrive } = fakeRouter('loading');
    const idle = untilIdle(router);
    await vi.advanceTimersByTimeAsync(5_000);
    arrive();
    await idle;
    await vi.advanceTimersByTimeAsync(20_000);
    expect(warn).not.toHaveBeenCalled();
  });
});

describe('settled', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    renderedLocationStore.setState({ key: 'start' });
    bootStore.setState({ phase: 'ready' });
  });
  afterEach(() => vi.useRealTimers());

  it("waits for the control panel's later sections, so that the whole panel shows", async () => {
    const { router } = fakeRouter('idle');
    let done = false;
    void settled(router).then(() => (done = true));
    await vi.advanceTimersByTimeAsync(1_000);
    expect(done).toBe(false);
    panel.release();
    await vi.advanceTimersByTimeAsync(100);
    expect(done).toBe(true);
  });
});
