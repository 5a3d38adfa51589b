import type { ComponentType, ReactElement } from 'react';
import { createBrowserRouter, replace, type LoaderFunctionArgs } from 'react-router';
import { rememberStep, resolveStep } from '../backup/setup/flow';
import { activePhone } from '../device/store';
import { RouteError, ScreenError } from '../screens/RouteError';
import { RenderedLocation } from './RenderedLocation';
import { withPageTurns } from './pageTurns';

/** Every screen is its own chunk (`Component` export), so the first paint carries only the frame. */
const screen = (load: () => Promise<{ Component: ComponentType }>) => ({ lazy: load });

/** What a route tells the layout around it: the account website is drawn in a desktop browser. */
export interface RouteHandle {
  stage?: 'website';
}

/** The account website's page (SPEC section 4b): not the phone's, so the phone's gate leaves it alone. */
export const WEBSITE_PATH = '/web/device-backups';
const isWebsitePath = (path: string) => path.startsWith('/web/');

/**
 * Where the phone may be: a phone not set up is in setup, at the step setup may be at (no skipping
 * ahead by URL, nothing missing); a set-up phone is never in setup. Runs before every navigation,
 * once the phone has loaded. A `?scenario=` was applied at boot: it is dropped, so that a reload
 * keeps what the user did since.
 */
function phoneGate(phoneLoaded: () => Promise<void>) {
  return async ({ request }: LoaderFunctionArgs) => {
    await phoneLoaded();
    const url = new URL(request.url);
    const path = url.pathname;
    const hadScenario = url.searchParams.has('scenario');
    url.searchParams.delete('scenario');
    // The website is another device's page: open whatever the phone's state (even in setup).
    if (isWebsitePath(path)) return hadScenario ? replace(`${path}${url.search}${url.hash}`) : null;
    const phone = activePhone();
    const inSetup = path === '/setup' || path.startsWith('/setup/');
    if (phone.setup.complete) {
      if (inSetup || path === '/') return replace('/start');
    } else {
      const requested = inSetup ? path.slice('/setup/'.length) : undefined;
      const step = resolveStep(phone, requested);
      if (step !== requested) return replace(`/setup/${step}`);
      rememberStep(step);
    }
    if (hadScenario) return replace(`${path}${url.search}${url.hash}`);
    return null;
  };
}

const phoneScreens = [
  { path: 'start', ...screen(() => import('../screens/start')) },
  { path: 'apps', ...screen(() => import('../screens/apps')) },
  { path: 'settings', ...screen(() => import('../screens/settings')) },
  { path: 'settings/theme', ...screen(() => import('../screens/theme')) },
  { path: 'settings/ringtones-sounds', ...screen(() => import('../screens/ringtones-sounds')) },
  { path: 'settings/lock-screen', ...screen(() => import('../screens/lock-screen')) },
  { path: 'settings/about', ...screen(() => import('../screens/about')) },
  { path: 'settings/email-accounts', ...screen(() => import('../screens/email-accounts')) },
  { path: 'settings/backup', ...screen(() => import('../screens/backup')) },
  { path: 'settings/backup/apps-settings', ...screen(() => import('../screens/backup-apps-settings')) },
  { path: 'settings/backup/apps-settings/manage', ...screen(() => import('../screens/backup-manage')) },
  { path: 'settings/backup/text-messages', ...screen(() => import('../screens/backup-text-messages')) },
  { path: 'settings/backup/photos-videos', ...screen(() => import('../screens/backup-photos-videos')) },
  { path: 'settings/storage-sense', ...screen(() => import('../screens/storage-sense')) },
  { path: 'settings/data-sense', ...screen(() => import('../screens/data-sense')) },
  { path: 'store/downloads', ...screen(() => import('../screens/store-downloads')) },
  { path: 'messaging', ...screen(() => import('../screens/messaging')) },
  { path: 'phone/history', ...screen(() => import('../screens/phone-history')) },
  { path: 'setup/:step', ...screen(() => import('../screens/setup')) },
  { path: '*', ...screen(() => import('../screens/not-found')) },
];

const websitePages = [
  {
    path: WEBSITE_PATH.slice(1),
    handle: { stage: 'website' } satisfies RouteHandle,
    ...screen(() => import('../screens/web-device-backups')),
  },
];

/** What the root route shows, and beside it the location it has committed (settled() waits for it). */
const withRenderedLocation = (page: ReactElement) => (
  <>
    <RenderedLocation />
    {page}
  </>
);

/**
 * The phone's router: every screen has a URL (SPEC section 7), and so has the account website's
 * page. `layout` is what surrounds them (the emulator's phone frame or browser window, and the
 * panel; a route's `handle` says which), `fallback` what shows while the phone loads. The
 * screens' navigations turn the pages (pageTurns.ts).
 */
export function createPhoneRouter(options: {
  layout: ReactElement;
  fallback: ComponentType;
  phoneLoaded: () => Promise<void>;
}) {
  return withPageTurns(
    createBrowserRouter([
      {
        id: 'root',
        path: '/',
        element: withRenderedLocation(options.layout),
        HydrateFallback: options.fallback,
        errorElement: withRenderedLocation(<RouteError />),
        loader: phoneGate(options.phoneLoaded),
        shouldRevalidate: () => true,
        children: [
          // A screen that fails shows the error in the phone; the keys and the panel stay.
          { errorElement: <ScreenError />, children: phoneScreens },
          ...websitePages,
        ],
      },
    ]),
  );
}

export type PhoneRouter = ReturnType<typeof createPhoneRouter>;
