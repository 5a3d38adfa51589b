import { useEffect, useId, useRef, useState } from 'react';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/shallow';
import { deviceStore } from '../../device/store';
import { scenarioDescriptions, scenarioNames, type ScenarioName } from '../scenarios/names';
import { PanelRadioGroup } from './PanelRadioGroup';
import { PanelAlert, PanelSection } from './PanelSection';
import { emulator, usePanelAction } from './usePanelAction';

/** The phones, for the switch of the two-phones scenario. */
function usePhones() {
  const identities = useStore(
    deviceStore,
    useShallow((s) => Object.values(s.phones).map((p) => p.identity)),
  );
  return identities.map((i) => ({
    deviceId: i.deviceId,
    label: i.phoneName === i.model ? i.model : `${i.phoneName} (${i.model})`,
  }));
}

/** Scenarios (phone and cloud together), the switch between phones, and `reset phone`. */
export function PhoneControl() {
  const [scenario, setScenario] = useState<ScenarioName>('used-phone');
  const [done, setDone] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const { busy, error, run } = usePanelAction();
  const phones = usePhones();
  const activeId = useStore(deviceStore, (s) => s.activePhoneId);
  const id = useId();
  const confirmRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  const act = (what: () => Promise<unknown>, message: string) =>
    void run(async () => {
      setDone(null);
      await what();
      setDone(message);
    });

  return (
    <PanelSection title="phone and scenarios">
      <form
        className="panel-row"
        onSubmit={(e) => {
          e.preventDefault();
          act(() => emulator().loadScenario(scenario), `Loaded the ${scenario} scenario.`);
        }}
      >
        <label htmlFor={`${id}-scenario`} className="panel-label">
          scenario
        </label>
        <select
          id={`${id}-scenario`}
          className="panel-input panel-grow"
          value={scenario}
          aria-describedby={`${id}-description`}
          onChange={(e) => setScenario(e.currentTarget.value as ScenarioName)}
        >
          {scenarioNames.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </select>
        <button type="submit" className="panel-button" disabled={busy}>
          load
        </button>
      </form>
      <p id={`${id}-description`} className="panel-subtle panel-note">
        {scenarioDescriptions[scenario]}
      </p>
      {phones.length > 1 ? (
        <PanelRadioGroup
          label="phone on screen"
          options={phones.map((p) => ({ value: p.deviceId, label: p.label }))}
          value={activeId}
          onChange={(deviceId) => act(() => emulator().switchPhone(deviceId), 'Switched phones.')}
        />
      ) : null}
      {confirming ? (
        <div role="group" aria-label="reset the phone?" className="panel-confirm">
          <p className="panel-confirm-text">
            Erase everything on this phone and start setup? The cloud and its backups stay.
          </p>
          <div className="panel-row">
            <button
              ref={confirmRef}
              type="button"
              className="panel-button panel-danger"
              disabled={busy}
              onClick={() => {
                setConfirming(false);
                act(() => emulator().resetPhone(), 'The phone was reset.');
              }}
            >
              yes, reset
            </button>
            <button type="button" className="panel-button" onClick={() => setConfirming(false)}>
              cancel
            </button>
          </div>
        </div>
      ) : (
        <button
          type="button"
          className="panel-button panel-danger"
          disabled={busy}
          onClick={() => setConfirming(true)}
        >
          reset phone
        </button>
      )}
      <p role="status" className="panel-subtle panel-note">
        {busy ? 'Working…' : done}
      </p>
      {error ? <PanelAlert>{error}</PanelAlert> : null}
    </PanelSection>
  );
}
