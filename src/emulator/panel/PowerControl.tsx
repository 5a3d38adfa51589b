import { useId } from 'react';
import { useEnvironment } from '../../api/useDevice';
import type { PowerMode } from '../../device/environment';
import { PanelRadioGroup } from './PanelRadioGroup';
import { PanelAlert } from './PanelSection';
import { emulator, usePanelAction } from './usePanelAction';

const options: ReadonlyArray<{ value: PowerMode; label: string }> = [
  { value: 'plugged', label: 'plugged in' },
  { value: 'battery', label: 'battery' },
];

/** Plugged in or on battery, and the battery level the status bar shows. */
export function PowerControl() {
  const power = useEnvironment((e) => e.power);
  const level = useEnvironment((e) => e.batteryLevel);
  const { error, run } = usePanelAction();
  const id = useId();
  return (
    <>
      <PanelRadioGroup
        label="power"
        options={options}
        value={power}
        onChange={(p) => void run(() => emulator().setPower(p))}
      />
      <div className="panel-field panel-range">
        <label htmlFor={id}>battery level</label>
        <input
          id={id}
          type="range"
          min={0}
          max={100}
          step={1}
          value={level}
          aria-valuetext={`${level}%`}
          onChange={(e) => {
            const value = Number(e.currentTarget.value);
            void run(() => emulator().setBatteryLevel(value));
          }}
        />
        <output htmlFor={id} className="panel-output">
          {level}%
        </output>
      </div>
      {error ? <PanelAlert>{error}</PanelAlert> : null}
    </>
  );
}
