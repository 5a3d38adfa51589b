import { useEnvironment } from '../../app/hooks';
import { setNetwork, type NetworkMode } from '../../device/environment';
import { PanelRadioGroup } from './PanelRadioGroup';

const options: ReadonlyArray<{ value: NetworkMode; label: string }> = [
  { value: 'wifi', label: 'Wi-Fi' },
  { value: 'cellular', label: 'cellular only' },
  { value: 'offline', label: 'offline' },
];

export function NetworkControl() {
  const network = useEnvironment((e) => e.network);
  return <PanelRadioGroup label="network" options={options} value={network} onChange={setNetwork} />;
}
