interface ProgressBarProps {
  /** 0..100. */
  value: number;
  /** Accessible name of the progress bar. */
  label: string;
  /** Show the percentage as text beside the bar (default true). */
  showValue?: boolean;
}

/** Determinate Metro progress bar: a thin accent line with the percentage beside it. */
export function ProgressBar({ value, label, showValue = true }: ProgressBarProps) {
  const percent = Math.max(0, Math.min(100, Math.round(value)));
  return (
    <div className="flex items-center gap-[9px] py-[6px]">
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={`${percent}%`}
        className="relative h-[4px] flex-1 bg-fg/20"
      >
        {/* No transition: the bar shows the label's number at every frame, not one catching up. */}
        <div className="absolute inset-y-0 left-0 bg-accent" style={{ width: `${percent}%` }} />
      </div>
      {showValue ? (
        <span className="min-w-[4ch] text-right tabular-nums text-wp-normal text-subtle">{percent}%</span>
      ) : null}
    </div>
  );
}

/** The five accent dots that run across the screen while the phone works. */
export function IndeterminateProgress({ label }: { label: string }) {
  return (
    <div role="progressbar" aria-label={label} className="relative h-[4px] w-full overflow-hidden">
      {[0, 1, 2, 3, 4].map((i) => (
        <span
          key={i}
          className="absolute top-0 left-0 block h-[3px] w-[3px] animate-wp-dot bg-accent opacity-0"
          style={{ animationDelay: `${i * 0.12}s` }}
        />
      ))}
    </div>
  );
}
