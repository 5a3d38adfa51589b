import { useEnvironment } from '../../api/useDevice';
import type { NetworkMode } from '../../device/environment';
import { PanelRadioGroup } from './PanelRadioGroup';
import { emulator, usePanelAction } from './usePanelAction';
import { PanelAlert } from './PanelSection';

const options: ReadonlyArray<{ value: NetworkMode; label: string }> = [
  { value: 'wifi', label: 'Wi-Fi' },
  { value: 'cellular', label: 'cellular only' },
  { value: 'offline', label: 'offline' },
];

/** The network the phone can reach; the status bar and the phone's background work follow at once. */
export function NetworkControl() {
  const network = useEnvironment((e) => e.network);
  const { error, run } = usePanelAction();
  return (
    <>
      <PanelRadioGroup
        label="network"
        options={options}
        value={network}
        onChange={(n) => void run(() => emulator().setNetwork(n))}
      />
      {error ? <PanelAlert>{error}</PanelAlert> : null}
    </>
  );
}
