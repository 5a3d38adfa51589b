import { useNow } from '../../api/useDevice';
import { formatLongDay, formatTime } from '../../lib/format';

/** What each background looks like in the preview; one the phone does not know shows grey. */
const LOOKS: Record<string, string> = {
  default: 'bg-accent',
  'Bing daily image':
    'bg-[linear-gradient(180deg,#2f6fa8_0%,#8fc3e8_45%,#e8c27a_62%,#3f5f3a_63%,#1f331d_100%)]',
};

/** The lock screen as it looks with this background: the time and date over it. */
export function LockScreenPreview({ background }: { background: string }) {
  const now = useNow(60_000);
  return (
    <div
      role="img"
      aria-label={`lock screen preview: ${background}`}
      className={`relative my-[9px] box-border h-[220px] w-[132px] overflow-hidden border-2 border-chrome ${LOOKS[background] ?? 'bg-[#555]'}`}
    >
      <div aria-hidden="true" className="absolute right-[6px] bottom-[10px] left-[6px] text-white">
        <p className="m-0 text-wp-extra-large leading-none font-light">
          {formatTime(now).replace(/ [AP]M$/, '')}
        </p>
        <p className="m-0 mt-[3px] text-[10px] leading-tight">{formatLongDay(now)}</p>
      </div>
    </div>
  );
}
