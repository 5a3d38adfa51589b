import { useId } from 'react';
import type { StorageUsage } from '../../device/storageUsage';
import { formatBytes } from '../../lib/format';

/** One storage (phone or SD card): a usage meter, free and total, and what takes the space. */
export function UsageSection({ title, usage }: { title: string; usage: StorageUsage }) {
  const id = useId();
  const percent = usage.capacity > 0 ? Math.round((usage.used / usage.capacity) * 100) : 0;
  const rows: ReadonlyArray<[string, number]> = [
    ['apps+games', usage.apps],
    ['photos+videos', usage.media],
    ['system', usage.system],
    ['other storage', usage.other],
  ];
  return (
    <section aria-labelledby={id} className="py-[7px]">
      <h2 id={id} className="m-0 text-wp-large leading-tight font-light">
        {title}
      </h2>
      <div
        role="meter"
        aria-label={`${title} storage used`}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={`${formatBytes(usage.used)} used of ${formatBytes(usage.capacity)}`}
        className="relative mt-[6px] h-[12px] bg-fg/20"
      >
        <div className="absolute inset-y-0 left-0 bg-accent" style={{ width: `${percent}%` }} />
      </div>
      <p className="m-0 mt-[4px] text-wp-normal text-subtle">
        {formatBytes(usage.free)} free ({formatBytes(usage.capacity)} total)
      </p>
      <dl className="m-0 mt-[6px]">
        {rows
          .filter(([label, bytes]) => bytes > 0 || label === 'apps+games')
          .map(([label, bytes]) => (
            <div key={label} className="flex justify-between gap-[12px] py-[2px] text-wp-normal">
              <dt>{label}</dt>
              <dd className="m-0 text-subtle">{formatBytes(bytes)}</dd>
            </div>
          ))}
      </dl>
    </section>
  );
}
