import { outOfBoxDevice } from './defaults';
import { activePhone, updatePhone } from './store';

/**
 * Wipes the active phone back to out of the box (the cloud is untouched). The hardware stays:
 * same device id, model and SD card, whose apps become unrecognised `other storage`. The session
 * the phone was signed in with is kept only to be ended in the cloud (api/auth/signOut.ts).
 */
export function resetPhone(): void {
  const old = activePhone();
  const fresh = outOfBoxDevice({ deviceId: old.identity.deviceId, model: old.identity.model });
  const sdApps = old.apps
    .filter((a) => a.location === 'sd')
    .reduce((sum, a) => sum + a.sizeBytes + a.appDataBytes, 0);
  const token = old.microsoftAccount?.token;
  updatePhone(() => ({
    ...fresh,
    pendingSignOuts: token ? [...old.pendingSignOuts, token].slice(-20) : old.pendingSignOuts,
    storage: {
      ...fresh.storage,
      sdCapacityBytes: old.storage.sdCapacityBytes,
      sdOtherBytes: old.storage.sdOtherBytes + sdApps,
    },
  }));
}
