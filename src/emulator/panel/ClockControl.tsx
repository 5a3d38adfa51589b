import { useId } from 'react';
import { useNow } from '../../app/hooks';
import { clock } from '../../device/environment';
import { formatDateTime } from '../../lib/format';

const HOUR = 3_600_000;
const steps: ReadonlyArray<{ label: string; ms: number }> = [
  { label: '+1 hour', ms: HOUR },
  { label: '+1 day', ms: 24 * HOUR },
  { label: '+3 weeks', ms: 21 * 24 * HOUR },
];

/** The emulated clock: what time the phone thinks it is, and fast-forward buttons. */
export function ClockControl() {
  const now = useNow();
  const id = useId();
  return (
    <section aria-labelledby={id}>
      <h2 id={id} className="panel-heading">
        clock
      </h2>
      <p className="m-0 mb-[6px] tabular-nums">
        <time dateTime={new Date(now).toISOString()}>{formatDateTime(now)}</time>{' '}
        <span className="text-[#bbb]">(UTC)</span>
      </p>
      <div className="flex flex-wrap gap-[6px]">
        {steps.map((s) => (
          <button key={s.label} type="button" className="panel-button" onClick={() => clock.advance(s.ms)}>
            {s.label}
          </button>
        ))}
      </div>
    </section>
  );
}
