import type { DataRouter, RouterNavigateOptions, To } from 'react-router';
import { currentMotion } from '../lib/motion';
import { renderedLocationStore } from './RenderedLocation';

/**
 * The turnstile between the phone's pages (SPEC section 1): every navigation a screen makes
 * (`<Link>`, `useNavigate`, the keys) runs as a view transition, unless motion is off; the
 * stylesheet (src/styles/turnstile.css) turns the old page out and the new one in, forward or back.
 * A browser without view transitions just swaps the pages (react-router checks).
 */

let backNext = false;

/**
 * How long a page that arrived with a turn keeps `data-turn`: longer than the turn and its lists
 * feathering in (src/styles/turnstile.css, feather.css). What appears on the page later just
 * appears.
 */
const TURN_WINDOW_MS = 1000;

/** The next navigation turns back (the back key going up to a parent page, with no history to pop). */
export function turnBackNext(): void {
  backNext = true;
}

/** react-router's browser history numbers its entries: going to a lower one is going back. */
const historyIndex = (): number => (window.history.state as { idx?: number } | null)?.idx ?? 0;

/**
 * A turn cut short by the next navigation is skipped (react-router calls `skipTransition()`), and
 * the browser rejects the skipped transition's `ready` promise, which react-router never reads: an
 * unhandled rejection for a navigation that went well. Only that rejection is absorbed.
 */
let absorbing = false;
function absorbSkippedTurns(): void {
  if (absorbing || typeof document === 'undefined' || typeof document.startViewTransition !== 'function')
    return;
  absorbing = true;
  const start = document.startViewTransition.bind(document);
  document.startViewTransition = ((update?: ViewTransitionUpdateCallback | StartViewTransitionOptions) => {
    const transition = start(update);
    transition.ready.catch((error: unknown) => {
      if (!(error instanceof DOMException && error.name === 'AbortError')) throw error;
    });
    return transition;
  }) as Document['startViewTransition'];
}

/**
 * Runs `go` once the screen shows the router's location. react-router gives a turning page to
 * React inside the view transition's callback, a frame after the router moved; a navigation that
 * does not turn, made in that frame, reaches React first and is then overwritten by the older page,
 * and the screen stays behind the router for good. So a navigation that does not turn waits.
 */
function whenShown<T>(router: DataRouter, go: () => Promise<T>): Promise<T> {
  const shown = () => renderedLocationStore.getState().key === router.state.location.key;
  if (shown()) return go();
  return new Promise<void>((resolve) => {
    const unsubscribe = renderedLocationStore.subscribe(() => {
      if (!shown()) return;
      unsubscribe();
      resolve();
    });
  }).then(go);
}

export function withPageTurns<R extends DataRouter>(router: R): R {
  absorbSkippedTurns();
  const navigate = router.navigate.bind(router) as (
    to: To | null | number,
    opts?: RouterNavigateOptions,
  ) => Promise<void>;
  router.navigate = ((to: To | null | number, opts?: RouterNavigateOptions) => {
    // A history step (-1) turns back by itself: react-router replays, reversed, the transition
    // that led here.
    if (typeof to === 'number') return navigate(to);
    // Screens navigate through useNavigate and <Link>, which name the route they are in
    // (fromRouteId). The emulator's own routing (window.phoneEmulator) does not, and never
    // animates the phone.
    if (opts?.fromRouteId === undefined || opts.viewTransition !== undefined)
      return whenShown(router, () => navigate(to, opts));
    if (currentMotion() === 'off')
      return whenShown(router, () => navigate(to, { ...opts, viewTransition: false }));
    // flushSync: the new page renders inside the transition's update at once, not over a few
    // rounds of React effects while the screen waits on the transition (App.tsx's RouterProvider,
    // from react-router/dom, brings ReactDOM's flushSync).
    return navigate(to, { ...opts, viewTransition: true, flushSync: true });
  }) as R['navigate'];

  let location = router.state.location;
  let index = historyIndex();
  let turnEnds: ReturnType<typeof setTimeout> | undefined;
  router.subscribe((state, { viewTransitionOpts }) => {
    if (state.location === location) return;
    location = state.location;
    const from = index;
    index = historyIndex();
    const back = backNext || index < from;
    backNext = false;
    // Read by the stylesheet: which way the pages turn, and that list items arriving now feather
    // in. A page that arrives without a turn (the panel's routing) does not feather.
    const root = document.documentElement;
    clearTimeout(turnEnds);
    if (!viewTransitionOpts) {
      delete root.dataset.turn;
      return;
    }
    root.dataset.turn = back ? 'back' : 'forward';
    turnEnds = setTimeout(() => delete root.dataset.turn, TURN_WINDOW_MS);
    // The title turns about the same axis as the page, at the screen's middle height.
    const page = document.querySelector('.phone-main');
    if (page) root.style.setProperty('--turn-middle', `${page.clientHeight / 2}px`);
  });
  return router;
}
