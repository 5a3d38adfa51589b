import { usePhone } from '../../api/useDevice';
import { setLockScreen } from '../../device/operations';
import { ListPicker } from '../../ui/ListPicker';
import { Page } from '../../ui/Page';
import { LOCK_SCREEN_BACKGROUNDS, pickerOptions } from '../shared/choices';
import { LockScreenPreview } from './LockScreenPreview';

/** SETTINGS / lock screen: the background (backed up and restored with the settings). */
export function Component() {
  const background = usePhone((p) => p.settings.lockScreen);
  return (
    <Page app="SETTINGS" title="lock screen">
      <ListPicker
        label="Background"
        options={pickerOptions(LOCK_SCREEN_BACKGROUNDS, background)}
        value={background}
        onChange={setLockScreen}
      />
      <LockScreenPreview background={background} />
    </Page>
  );
}
