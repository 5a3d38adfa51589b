import { outOfBoxDevice } from './defaults';
import { activePhone, updatePhone } from './store';

/**
 * Wipes the active phone back to out of the box (the cloud is untouched). The hardware stays:
 * same device id, model and SD card, whose apps become unrecognised `other storage`.
 */
export function resetPhone(): void {
  const old = activePhone();
  const fresh = outOfBoxDevice({ deviceId: old.identity.deviceId, model: old.identity.model });
  const sdApps = old.apps
    .filter((a) => a.location === 'sd')
    .reduce((sum, a) => sum + a.sizeBytes + a.appDataBytes, 0);
  updatePhone(() => ({
    ...fresh,
    storage: {
      ...fresh.storage,
      sdCapacityBytes: old.storage.sdCapacityBytes,
      sdOtherBytes: old.storage.sdOtherBytes + sdApps,
    },
  }));
}
