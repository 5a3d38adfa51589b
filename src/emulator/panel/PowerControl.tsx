import { useEnvironment } from '../../app/hooks';
import { setPower, type PowerMode } from '../../device/environment';
import { PanelRadioGroup } from './PanelRadioGroup';

const options: ReadonlyArray<{ value: PowerMode; label: string }> = [
  { value: 'plugged', label: 'plugged in' },
  { value: 'battery', label: 'battery' },
];

export function PowerControl() {
  const power = useEnvironment((e) => e.power);
  return <PanelRadioGroup label="power" options={options} value={power} onChange={setPower} />;
}
