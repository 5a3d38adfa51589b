import type { App } from '../../device/schema';
import { installStateLabel } from '../../device/labels';
import { isIconName, type IconName } from '../../ui/icons';

/** Apps that have a screen in the emulator. */
const appRoutes: Record<string, string> = {
  settings: '/settings',
  messaging: '/messaging',
  phone: '/phone/history',
  store: '/store/downloads',
};

/** Where tapping an app leads: its screen, store downloads while it is not installed, else nowhere. */
export function appRoute(app: Pick<App, 'id' | 'installState'>): string | undefined {
  if (app.installState !== 'installed') return '/store/downloads';
  return appRoutes[app.id];
}

export function appIcon(appId: string): IconName {
  return isIconName(appId) ? appId : 'app';
}

/** `waiting for Wi-Fi`, `downloading 40%`, `pending`; empty when installed. */
export function appStateText(app: Pick<App, 'installState' | 'downloadProgress'>): string {
  if (app.installState === 'installed') return '';
  if (app.installState === 'downloading') return `downloading ${Math.round(app.downloadProgress)}%`;
  return installStateLabel(app);
}
