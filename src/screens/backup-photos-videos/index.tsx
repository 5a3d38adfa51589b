import { useMutation } from '@tanstack/react-query';
import { usePhone } from '../../api/useDevice';
import { uploadPendingMedia } from '../../backup/photos';
import { setPhotoUpload, setVideoUpload } from '../../backup/settings';
import type { BackupSettings } from '../../device/schema';
import { Page } from '../../ui/Page';
import { RadioList, type RadioOption } from '../../ui/RadioList';
import { photoChoices, videoChoices } from '../backup/labels';
import { SignInFirst } from '../backup/SignInFirst';

const MAY_USE_CELLULAR = 'may use cellular data';
const WIFI_ONLY = 'Wi-Fi only';
const photoOptions: RadioOption<BackupSettings['photos']>[] = photoChoices.map((c) => ({
  ...c,
  description: c.value === 'good' ? MAY_USE_CELLULAR : c.value === 'best' ? WIFI_ONLY : undefined,
}));
const videoOptions: RadioOption<BackupSettings['videos']>[] = videoChoices.map((c) => ({
  ...c,
  description: c.value === 'best' ? WIFI_ONLY : undefined,
}));

/** SETTINGS / photos+videos: whether and how photos and videos go to OneDrive's camera roll. */
export function Component() {
  const signedIn = usePhone((p) => p.microsoftAccount !== null);
  const photos = usePhone((p) => p.backup.photos);
  const videos = usePhone((p) => p.backup.videos);
  const waiting = usePhone((p) => p.media.filter((m) => !m.uploaded).length);
  // A new choice applies at once: what it allows starts uploading in the background.
  const upload = useMutation({ mutationFn: uploadPendingMedia });

  if (!signedIn) {
    return (
      <Page app="SETTINGS" title="photos+videos">
        <SignInFirst />
      </Page>
    );
  }
  return (
    <Page app="SETTINGS" title="photos+videos">
      <p className="m-0 py-[5px] text-wp-normal leading-snug text-subtle">
        Upload the photos and videos you take to the camera roll on OneDrive. Good quality may use cellular
        data; best quality uploads over Wi-Fi only. Uploads count against your OneDrive storage, and photos
        aren't downloaded back to the phone when you restore it.
      </p>
      <RadioList
        label="Photos"
        options={photoOptions}
        value={photos}
        onChange={(v) => {
          setPhotoUpload(v);
          upload.mutate();
        }}
      />
      <RadioList
        label="Videos"
        options={videoOptions}
        value={videos}
        onChange={(v) => {
          setVideoUpload(v);
          upload.mutate();
        }}
      />
      <p role="status" className="m-0 py-[5px] text-wp-normal leading-snug text-subtle">
        {upload.isError
          ? "Photos and videos couldn't be uploaded right now. The phone will try again later."
          : upload.data?.stopped === 'quota-full'
            ? 'Your OneDrive is full, so some photos and videos are waiting to upload.'
            : waiting === 0
              ? 'All photos and videos are on OneDrive.'
              : `${waiting} ${waiting === 1 ? 'photo or video' : 'photos and videos'} not on OneDrive yet.`}
      </p>
    </Page>
  );
}
