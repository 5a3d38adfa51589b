import type { Account, App, DeviceSettings } from './schema';

/** The words the phone uses for the model's values. */

export function installStateLabel(app: Pick<App, 'installState'>): string {
  switch (app.installState) {
    case 'installed':
      return 'installed';
    case 'waiting-for-wifi':
      return 'waiting for Wi-Fi';
    case 'downloading':
      return 'downloading';
    case 'pending':
      return 'pending';
  }
}

export const ACCOUNT_KIND_LABELS: Record<Account['kind'], string> = {
  microsoft: 'Microsoft account',
  outlook: 'Outlook.com',
  google: 'Google',
  exchange: 'Exchange',
};

export function locationLabel(where: 'phone' | 'sd'): string {
  return where === 'sd' ? 'SD card' : 'phone';
}

export function dataLimitLabel(limitMb: DeviceSettings['dataSenseLimitMb']): string {
  if (limitMb === null) return 'no limit set';
  return limitMb >= 1024 && limitMb % 1024 === 0 ? `${limitMb / 1024} GB` : `${limitMb} MB`;
}
