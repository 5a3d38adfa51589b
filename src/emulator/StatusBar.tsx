import { useEnvironment, useNow } from '../api/useDevice';
import { formatTime } from '../lib/format';
import type { NetworkMode } from '../device/environment';

const networkLabels: Record<NetworkMode, string> = {
  wifi: 'Wi-Fi',
  cellular: 'cellular',
  offline: 'no network',
};

/** The phone's status bar: signal, Wi-Fi, battery and the emulated time. */
export function StatusBar() {
  const network = useEnvironment((e) => e.network);
  const power = useEnvironment((e) => e.power);
  const level = useEnvironment((e) => e.batteryLevel);
  const now = useNow();
  const charging = power === 'plugged';
  return (
    <header
      aria-label="status bar"
      className="flex h-status flex-none items-center gap-[8px] px-[9px] text-wp-small text-fg"
    >
      <span role="img" aria-label={networkLabels[network]} className="flex items-center gap-[5px]">
        <SignalBars on={network !== 'offline'} />
        {network === 'wifi' ? <WifiArcs /> : null}
        {network === 'cellular' ? (
          <span aria-hidden="true" className="text-[11px] leading-none font-semibold">
            4G
          </span>
        ) : null}
      </span>
      <span className="flex-1" />
      <span
        role="img"
        aria-label={`battery ${level}%${charging ? ', charging' : ''}`}
        className="flex items-center gap-[3px]"
      >
        <BatteryIcon level={level} charging={charging} />
      </span>
      <time dateTime={new Date(now).toISOString()} className="min-w-[52px] text-right tabular-nums">
        {formatTime(now)}
      </time>
    </header>
  );
}

function SignalBars({ on }: { on: boolean }) {
  return (
    <svg aria-hidden="true" width="17" height="12" viewBox="0 0 17 12">
      {[0, 1, 2, 3, 4].map((i) => (
        <rect
          key={i}
          x={i * 3.5}
          y={10 - i * 2.4}
          width="2.4"
          height={2 + i * 2.4}
          fill="currentColor"
          opacity={on ? 1 : 0.35}
        />
      ))}
      {on ? null : <path d="M9 1l7 7m0-7-7 7" stroke="currentColor" strokeWidth="1.6" />}
    </svg>
  );
}

function WifiArcs() {
  return (
    <svg
      aria-hidden="true"
      width="15"
      height="12"
      viewBox="0 0 15 12"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.6"
    >
      <path d="M1 4.5a9 9 0 0 1 13 0M3.3 7a6 6 0 0 1 8.4 0M5.6 9.4a3 3 0 0 1 3.8 0" />
      <circle cx="7.5" cy="11" r="0.9" fill="currentColor" stroke="none" />
    </svg>
  );
}

function BatteryIcon({ level, charging }: { level: number; charging: boolean }) {
  const width = Math.round((Math.max(0, Math.min(100, level)) / 100) * 18);
  return (
    <svg aria-hidden="true" width="27" height="12" viewBox="0 0 27 12">
      <rect
        x="0.75"
        y="0.75"
        width="21.5"
        height="10.5"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.5"
      />
      <rect x="23" y="3.5" width="2" height="5" fill="currentColor" />
      <rect x="2.5" y="2.5" width={width} height="7" fill="currentColor" />
      {charging ? (
        <path
          d="M12.5 0.5 7.5 6.8h4l-1 4.7 5-6.3h-4z"
          fill="var(--wp-bg)"
          stroke="currentColor"
          strokeWidth="0.8"
        />
      ) : null}
    </svg>
  );
}
