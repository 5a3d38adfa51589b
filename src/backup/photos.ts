import { isApiError } from '../api/errors';
import { uploadToCameraRoll } from '../api/onedrive/uploadToCameraRoll';
import { clock, environmentStore, type Environment } from '../device/environment';
import { activePhone, updatePhone } from '../device/store';
import type { DeviceState, Media } from '../device/schema';

/** Items per camera-roll request: small enough that a setting or network change stops it soon. */
const CAMERA_ROLL_BATCH = 10;
/** After OneDrive said it is full, the scheduler leaves it alone this long (emulated time). */
const QUOTA_RETRY_MS = 6 * 3600 * 1000;

type MediaUploadStop = 'quota-full' | 'not-allowed';
interface MediaUploadResult {
  uploaded: number;
  /** Media still waiting (for any reason: network, quota, settings). */
  pending: number;
  /** Why it stopped before everything was up; null when nothing eligible is left. */
  stopped: MediaUploadStop | null;
}

/**
 * What may go up right now (SPEC section 3): photos at `good` quality over any network, `best`
 * quality (photos and videos) over Wi-Fi only, nothing offline or before setup. Oldest first, so
 * an interrupted run leaves the newest for next time rather than holes in the past.
 */
export function uploadableMedia(phone: DeviceState, env: Pick<Environment, 'network'>): Media[] {
  if (!phone.microsoftAccount || !phone.setup.complete || env.network === 'offline') return [];
  const { photos, videos } = phone.backup;
  const onWifi = env.network === 'wifi';
  const photosOk = photos === 'good' || (photos === 'best' && onWifi);
  const videosOk = videos === 'best' && onWifi;
  return phone.media
    .filter((m) => !m.uploaded && (m.kind === 'photo' ? photosOk : videosOk))
    .sort((a, b) => a.takenAt - b.takenAt);
}

let quotaFullAt: number | null = null;

/** Whether the scheduler should try an upload now (it backs off for a while after a full OneDrive). */
export function mediaUploadDue(phone: DeviceState, env: Environment, now: number): boolean {
  if (quotaFullAt !== null && now - quotaFullAt >= 0 && now - quotaFullAt < QUOTA_RETRY_MS) return false;
  return uploadableMedia(phone, env).length > 0;
}

function pendingCount(phone: DeviceState): number {
  return phone.media.filter(
    (m) =>
      !m.uploaded && (m.kind === 'photo' ? phone.backup.photos !== 'off' : phone.backup.videos !== 'off'),
  ).length;
}

let running: Promise<MediaUploadResult> | null = null;

/**
 * Uploads the photos and videos the settings allow to OneDrive's camera roll and marks them
 * uploaded. Only what the cloud confirmed is marked: when OneDrive fills up mid-way the rest stays
 * waiting, so nothing is recorded as uploaded that is not there. One run at a time; a caller that
 * arrives during a run shares it. Errors other than a full OneDrive are thrown to the caller.
 */
export function uploadPendingMedia(): Promise<MediaUploadResult> {
  running ??= run().finally(() => {
    running = null;
  });
  return running;
}

async function run(): Promise<MediaUploadResult> {
  const deviceId = activePhone().identity.deviceId;
  let uploaded = 0;
  const result = (stopped: MediaUploadStop | null): MediaUploadResult => ({
    uploaded,
    pending: pendingCount(activePhone()),
    stopped,
  });
  for (;;) {
    // Settings, network and even the active phone may change between batches: read them afresh.
    const phone = activePhone();
    if (phone.identity.deviceId !== deviceId) return result('not-allowed');
    const batch = uploadableMedia(phone, environmentStore.getState()).slice(0, CAMERA_ROLL_BATCH);
    if (batch.length === 0) return result(pendingCount(phone) > 0 ? 'not-allowed' : null);
    let confirmed: string[];
    try {
      ({ uploaded: confirmed } = await uploadToCameraRoll(
        deviceId,
        batch.map(({ id, kind, sizeBytes, takenAt }) => ({ id, kind, sizeBytes, takenAt })),
        // A phone that never backed up is not known to the cloud yet: this registers it.
        { phoneName: phone.identity.phoneName, model: phone.identity.model },
      ));
    } catch (e) {
      if (isApiError(e) && e.status === 507) {
        quotaFullAt = clock.now();
        return result('quota-full');
      }
      throw e;
    }
    const ids = new Set(confirmed);
    updatePhone(
      (p) => ({ ...p, media: p.media.map((m) => (ids.has(m.id) ? { ...m, uploaded: true } : m)) }),
      deviceId,
    );
    uploaded += ids.size;
    quotaFullAt = null;
    // The cloud stops at the first item that does not fit: the rest of the batch is waiting on space.
    if (ids.size < batch.length) {
      quotaFullAt = clock.now();
      return result('quota-full');
    }
  }
}
