import { useStore } from 'zustand';
import { motionStore, type Motion } from '../../lib/motion';
import { PanelRadioGroup } from './PanelRadioGroup';
import { PanelAlert, PanelSection } from './PanelSection';
import { emulator, usePanelAction } from './usePanelAction';

const options: ReadonlyArray<{ value: Motion; label: string }> = [
  { value: 'full', label: 'full' },
  { value: 'reduced', label: 'reduced' },
  { value: 'off', label: 'off' },
];

/** Metro motion on the phone (turnstile pages, feathered lists, tilt): for demos, and still pictures. */
export function MotionControl() {
  const chosen = useStore(motionStore, (s) => s.chosen);
  const systemReduced = useStore(motionStore, (s) => s.systemReduced);
  const { error, run } = usePanelAction();
  return (
    <PanelSection title="motion">
      <PanelRadioGroup
        label="page turns, lists and tilt"
        options={options}
        value={chosen}
        onChange={(m) => void run(() => emulator().setMotion(m))}
      />
      {systemReduced && chosen === 'full' ? (
        <p className="panel-note">This browser asks for reduced motion, so the pages only cross-fade.</p>
      ) : null}
      {error ? <PanelAlert>{error}</PanelAlert> : null}
    </PanelSection>
  );
}
