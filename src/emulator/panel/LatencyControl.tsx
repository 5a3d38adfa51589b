import { useId } from 'react';
import { emulator } from './usePanelAction';
import { useLatency } from './useCloudConfig';

const MAX_MS = 10_000;
const seconds = (ms: number) => `${Number((ms / 1000).toFixed(2))} s`;

/** How long every answer of the cloud waits, 0 to 10 s. */
export function LatencyControl() {
  const latency = useLatency();
  const id = useId();
  return (
    <div className="panel-field panel-range">
      <label htmlFor={id}>latency</label>
      <input
        id={id}
        type="range"
        min={0}
        max={MAX_MS}
        step={250}
        value={Math.min(latency, MAX_MS)}
        aria-valuetext={seconds(latency)}
        onChange={(e) => emulator().setLatency(Number(e.currentTarget.value))}
      />
      <output htmlFor={id} className="panel-output">
        {seconds(latency)}
      </output>
    </div>
  );
}
