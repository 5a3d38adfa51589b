import { useId, useState } from 'react';
import { useEnvironment, useNow } from '../../api/useDevice';
import { formatDateTime } from '../../lib/format';
import { PanelRadioGroup } from './PanelRadioGroup';
import { PanelAlert, PanelSection } from './PanelSection';
import { emulator, usePanelAction } from './usePanelAction';

const HOUR = 3_600_000;
const steps: ReadonlyArray<{ label: string; ms: number }> = [
  { label: '+1 hour', ms: HOUR },
  { label: '+1 day', ms: 24 * HOUR },
  { label: '+3 weeks', ms: 21 * 24 * HOUR },
];
const modes = [
  { value: 'running', label: 'real time' },
  { value: 'paused', label: 'paused' },
] as const;

/** `YYYY-MM-DDTHH:mm` in UTC, the emulated clock's zone, for a datetime-local input. */
const toInput = (ms: number) => new Date(ms).toISOString().slice(0, 16);
/** The other way; NaN when the text is not a date and time. */
const fromInput = (value: string) =>
  /^\d{4}-\d\d-\d\dT\d\d:\d\d/.test(value) ? Date.parse(`${value}Z`) : NaN;

/**
 * The emulated clock: what time the phone thinks it is, real time or paused, fast-forward (which
 * lets the phone do what falls due: an automatic backup after a day), and set to a date.
 */
export function ClockControl() {
  const now = useNow();
  const running = useEnvironment((e) => e.clock.running);
  const [draft, setDraft] = useState<string | null>(null);
  const { busy, error, run, setError } = usePanelAction();
  const inputId = useId();
  const set = () => {
    const at = fromInput(draft ?? toInput(now));
    if (Number.isNaN(at)) {
      setError('Enter a date and a time.');
      return;
    }
    void run(async () => {
      await emulator().clock.set(at);
      setDraft(null);
    });
  };
  return (
    <PanelSection title="clock">
      <p className="panel-clock-now">
        <time dateTime={new Date(now).toISOString()}>{formatDateTime(now)}</time>{' '}
        <span className="panel-subtle">UTC · {running ? 'running' : 'paused'}</span>
      </p>
      <PanelRadioGroup
        label="time"
        options={modes}
        value={running ? 'running' : 'paused'}
        onChange={(mode) =>
          void run(() => (mode === 'paused' ? emulator().clock.pause() : emulator().clock.resume()))
        }
      />
      <div className="panel-row" role="group" aria-label="fast-forward">
        {steps.map((s) => (
          <button
            key={s.label}
            type="button"
            className="panel-button"
            disabled={busy}
            onClick={() => void run(() => emulator().clock.advance(s.ms))}
          >
            {s.label}
          </button>
        ))}
      </div>
      <form
        className="panel-row"
        onSubmit={(e) => {
          e.preventDefault();
          set();
        }}
      >
        <label htmlFor={inputId} className="panel-label">
          date and time (UTC)
        </label>
        <input
          id={inputId}
          type="datetime-local"
          className="panel-input"
          value={draft ?? toInput(now)}
          onChange={(e) => setDraft(e.currentTarget.value)}
        />
        <button type="submit" className="panel-button" disabled={busy}>
          set
        </button>
      </form>
      {error ? <PanelAlert>{error}</PanelAlert> : null}
    </PanelSection>
  );
}
