import { usePhone } from '../../api/useDevice';
import { setNotifications, setRingtone } from '../../device/operations';
import { ListPicker } from '../../ui/ListPicker';
import { Page } from '../../ui/Page';
import { ToggleSwitch } from '../../ui/ToggleSwitch';
import { NOTIFICATION_SOUNDS, pickerOptions, RINGTONES } from '../shared/choices';

/** SETTINGS / ringtones+sounds: the ringtone and the notification settings (all backed up). */
export function Component() {
  const ringtone = usePhone((p) => p.settings.ringtone);
  const notifications = usePhone((p) => p.settings.notifications);
  return (
    <Page app="SETTINGS" title="ringtones+sounds">
      <ListPicker
        label="Ringtone"
        options={pickerOptions(RINGTONES, ringtone)}
        value={ringtone}
        onChange={setRingtone}
      />
      <ToggleSwitch
        label="Vibrate"
        checked={notifications.vibrate}
        onChange={(vibrate) => setNotifications({ vibrate })}
      />
      <ListPicker
        label="Notification sound"
        options={pickerOptions(NOTIFICATION_SOUNDS, notifications.toastSound)}
        value={notifications.toastSound}
        onChange={(toastSound) => setNotifications({ toastSound })}
      />
      <ToggleSwitch
        label="Quiet hours"
        checked={notifications.quietHours}
        onChange={(quietHours) => setNotifications({ quietHours })}
        description="Calls, texts and notifications stay silent, except from your inner circle."
      />
    </Page>
  );
}
