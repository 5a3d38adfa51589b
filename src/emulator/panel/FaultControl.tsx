import { useId, useState } from 'react';
import { faultKinds, type ActiveFault, type FaultError, type FaultKind } from '../../cloud/faults';
import { PanelAlert } from './PanelSection';
import { useFaults } from './useCloudConfig';
import { emulator, errorText } from './usePanelAction';

const ERROR_LABELS: Record<FaultError, string> = {
  'server-error': 'server error',
  timeout: 'timeout',
  'quota-full': 'full quota',
};
const DURATIONS = { once: 'next request', always: 'until cleared' } as const;
type Duration = keyof typeof DURATIONS;

const lasting = (f: ActiveFault) =>
  f.remaining === 'always'
    ? 'until cleared'
    : f.remaining === 1
      ? 'next request'
      : `next ${f.remaining} requests`;

/** Makes requests of a kind fail (server error, timeout, full quota), once or until cleared. */
export function FaultControl() {
  const faults = useFaults();
  const [kind, setKind] = useState<FaultKind>('upload');
  const [error, setError] = useState<FaultError>('server-error');
  const [duration, setDuration] = useState<Duration>('once');
  const [problem, setProblem] = useState<string | null>(null);
  const id = useId();
  const inject = () => {
    setProblem(null);
    try {
      emulator().injectFault({ kind, error, times: duration === 'always' ? 'always' : 1 });
    } catch (e) {
      setProblem(errorText(e));
    }
  };
  return (
    <div role="group" aria-labelledby={`${id}-title`} className="panel-subsection">
      <h4 id={`${id}-title`} className="panel-subheading">
        faults
      </h4>
      <form
        className="panel-fault-form"
        onSubmit={(e) => {
          e.preventDefault();
          inject();
        }}
      >
        <label htmlFor={`${id}-kind`}>request</label>
        <select
          id={`${id}-kind`}
          className="panel-input"
          value={kind}
          onChange={(e) => setKind(e.currentTarget.value as FaultKind)}
        >
          {faultKinds.map((k) => (
            <option key={k} value={k}>
              {k}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-error`}>error</label>
        <select
          id={`${id}-error`}
          className="panel-input"
          value={error}
          onChange={(e) => setError(e.currentTarget.value as FaultError)}
        >
          {Object.entries(ERROR_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-duration`}>for</label>
        <select
          id={`${id}-duration`}
          className="panel-input"
          value={duration}
          onChange={(e) => setDuration(e.currentTarget.value as Duration)}
        >
          {Object.entries(DURATIONS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
        <button type="submit" className="panel-button panel-fault-inject">
          inject fault
        </button>
      </form>
      {problem ? <PanelAlert>{problem}</PanelAlert> : null}
      {faults.length === 0 ? (
        <p className="panel-subtle">No faults: every request goes through.</p>
      ) : (
        <ul aria-label="active faults" className="panel-list">
          {faults.map((f) => {
            const name = `${f.kind} · ${ERROR_LABELS[f.error]} · ${lasting(f)}`;
            return (
              <li key={f.id} className="panel-list-row">
                <span>{name}</span>
                <button
                  type="button"
                  className="panel-button panel-small"
                  aria-label={`remove ${name}`}
                  onClick={() => emulator().removeFault(f.id)}
                >
                  remove
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <button
        type="button"
        className="panel-button"
        disabled={faults.length === 0}
        onClick={() => emulator().clearFaults()}
      >
        clear all
      </button>
    </div>
  );
}
