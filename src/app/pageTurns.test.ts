import type { DataRouter, RouterNavigateOptions, RouterSubscriber } from 'react-router';
import { chooseMotion } from '../lib/motion';
import { turnBackNext, withPageTurns } from './pageTurns';
import { renderedLocationStore } from './RenderedLocation';

/** A stand-in for the app's router: records navigations, and lets the test send state updates. */
function fakeRouter() {
  const calls: [unknown, RouterNavigateOptions | undefined][] = [];
  let subscriber: RouterSubscriber = () => undefined;
  const router = {
    state: { location: { pathname: '/settings', key: 'shown' } },
    navigate: (to: unknown, opts?: RouterNavigateOptions) => {
      calls.push([to, opts]);
      return Promise.resolve();
    },
    subscribe: (fn: RouterSubscriber) => {
      subscriber = fn;
      return () => undefined;
    },
  };
  const arrive = (pathname: string, historyIndex: number, turned: boolean) => {
    window.history.replaceState({ idx: historyIndex }, '');
    const location = { pathname };
    const viewTransitionOpts = turned ? { currentLocation: location, nextLocation: location } : undefined;
    subscriber({ location } as never, { viewTransitionOpts } as never);
  };
  return { router: router as unknown as DataRouter, calls, arrive };
}

/** The part of Node's `process` this file uses (the app's types know no Node). */
interface NodeRejections<L> {
  listeners(event: 'unhandledRejection'): L[];
  removeAllListeners(event: 'unhandledRejection'): void;
  on(event: 'unhandledRejection', listener: L): void;
}

describe('page turns', () => {
  beforeEach(() => renderedLocationStore.setState({ key: 'shown' }));
  afterEach(() => {
    chooseMotion('full');
    delete document.documentElement.dataset.turn;
  });

  it('turns the pages of navigations the screens make, unless motion is off', async () => {
    const { router, calls } = fakeRouter();
    withPageTurns(router);
    await router.navigate('/settings/backup', { fromRouteId: 'root' });
    chooseMotion('reduced');
    await router.navigate('/settings/backup', { fromRouteId: 'root', replace: true });
    chooseMotion('off');
    await router.navigate('/settings/backup', { fromRouteId: 'root' });
    expect(calls.map(([, opts]) => opts?.viewTransition)).toEqual([true, true, false]);
    // A turned page renders inside the transition at once.
    expect(calls.map(([, opts]) => opts?.flushSync)).toEqual([true, true, undefined]);
    expect(calls[1]?.[1]?.replace).toBe(true);
  });

  it('leaves the emulator’s own routing (no route named) and history steps as they are', async () => {
    const { router, calls } = fakeRouter();
    withPageTurns(router);
    await router.navigate('/start', { replace: true });
    await router.navigate(-1);
    await router.navigate('/settings', { fromRouteId: 'root', viewTransition: false });
    expect(calls).toEqual([
      ['/start', { replace: true }],
      [-1, undefined],
      ['/settings', { fromRouteId: 'root', viewTransition: false }],
    ]);
  });

  it('routes without a turn only once the screen shows where the router is', async () => {
    const { router, calls } = fakeRouter();
    withPageTurns(router);
    // A turned page the router has reached, which React receives a frame later.
    (router.state as { location: object }).location = { pathname: '/phone/history', key: 'turned' };
    const routed = router.navigate('/phone/history', { replace: true });
    const turned = router.navigate('/settings', { fromRouteId: 'root' });
    await Promise.resolve();
    expect(calls.map(([to]) => to)).toEqual(['/settings']);
    renderedLocationStore.setState({ key: 'turned' });
    await routed;
    await turned;
    expect(calls.map(([to]) => to)).toEqual(['/settings', '/phone/history']);
  });

  it('says which way the pages turn: back to an earlier history entry, or up with the back key', () => {
    const { router, arrive } = fakeRouter();
    window.history.replaceState({ idx: 3 }, '');
    withPageTurns(router);
    const turn = () => document.documentElement.dataset.turn;
    arrive('/settings/backup', 4, true);
    expect(turn()).toBe('forward');
    arrive('/settings', 3, true);
    expect(turn()).toBe('back');
    turnBackNext();
    arrive('/start', 3, true);
    expect(turn()).toBe('back');
    arrive('/settings', 3, true);
    expect(turn()).toBe('forward');
    // A page that arrives without a turn (the panel's routing) does not feather in.
    arrive('/setup/language', 3, false);
    expect(turn()).toBeUndefined();
  });

  it('ends the turn a moment after the page arrived: what appears later does not feather in', () => {
    vi.useFakeTimers();
    try {
      const { router, arrive } = fakeRouter();
      withPageTurns(router);
      arrive('/settings/backup', 1, true);
      vi.advanceTimersByTime(600);
      arrive('/settings/backup/apps-settings', 2, true);
      vi.advanceTimersByTime(600);
      expect(document.documentElement.dataset.turn).toBe('forward');
      vi.advanceTimersByTime(400);
      expect(document.documentElement.dataset.turn).toBeUndefined();
    } finally {
      vi.useRealTimers();
    }
  });

  it('absorbs the rejection of a turn the next navigation skipped, and only that', async () => {
    const reasons = [new DOMException('Transition was skipped', 'AbortError'), new Error('broken')];
    const start = vi.fn(() => ({
      ready: Promise.reject(reasons.shift()),
      finished: Promise.resolve(),
      updateCallbackDone: Promise.resolve(),
      skipTransition: () => undefined,
    }));
    Object.defineProperty(document, 'startViewTransition', {
      value: start,
      configurable: true,
      writable: true,
    });
    // Vitest fails a run on any unhandled rejection: listen in its place for this test.
    type Listener = (reason: unknown) => void;
    const process = (globalThis as unknown as { process: NodeRejections<Listener> }).process;
    const vitestListeners = process.listeners('unhandledRejection');
    process.removeAllListeners('unhandledRejection');
    const unhandled: unknown[] = [];
    process.on('unhandledRejection', (reason) => unhandled.push(reason));
    try {
      withPageTurns(fakeRouter().router);
      document.startViewTransition(() => undefined);
      await new Promise((resolve) => setTimeout(resolve, 10));
      expect(unhandled).toEqual([]);
      document.startViewTransition(() => undefined);
      await new Promise((resolve) => setTimeout(resolve, 10));
      expect(unhandled).toEqual([new Error('broken')]);
      expect(start).toHaveBeenCalledTimes(2);
    } finally {
      process.removeAllListeners('unhandledRejection');
      for (const listener of vitestListeners) process.on('unhandledRejection', listener);
      Reflect.deleteProperty(document, 'startViewTransition');
    }
  });
});
