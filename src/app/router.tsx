import { createBrowserRouter, replace, type LoaderFunctionArgs } from 'react-router';
import { EmulatorLayout } from '../emulator/EmulatorLayout';
import { PhoneShellFallback } from '../emulator/PhoneShellFallback';
import { activePhone } from '../device/store';
import { phoneReady } from '../emulator/bootState';
import { RouteError } from '../screens/RouteError';
import { withPageTurns } from './pageTurns';

/** Every screen is its own chunk (`Component` export), so the first paint carries only the frame. */
const screen = (load: () => Promise<{ Component: React.ComponentType }>) => ({ lazy: load });

async function phoneGate({ request }: LoaderFunctionArgs) {
  await phoneReady;
  const url = new URL(request.url);
  const path = url.pathname;
  // `?scenario=` was applied at boot; drop it so a reload keeps what the user did since.
  const hadScenario = url.searchParams.has('scenario');
  url.searchParams.delete('scenario');
  const phone = activePhone();
  const inSetup = path === '/setup' || path.startsWith('/setup/');
  if (!phone.setup.complete && !inSetup) return replace(`/setup/${phone.setup.step}`);
  if (phone.setup.complete && inSetup) return replace('/start');
  if (path === '/') return replace(phone.setup.complete ? '/start' : `/setup/${phone.setup.step}`);
  if (hadScenario) return replace(`${path}${url.search}${url.hash}`);
  return null;
}

export const routes = [
  {
    id: 'root',
    path: '/',
    element: <EmulatorLayout />,
    HydrateFallback: PhoneShellFallback,
    errorElement: <RouteError />,
    loader: phoneGate,
    shouldRevalidate: () => true,
    children: [
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
    ],
  },
];

/**
 * The app's router. Made by `start.tsx` once the app's chunk has evaluated: making it starts the
 * first screen's loading. The screens' navigations turn the pages (src/app/pageTurns.ts).
 */
export function createAppRouter() {
  return withPageTurns(createBrowserRouter(routes));
}

export type AppRouter = ReturnType<typeof createAppRouter>;
