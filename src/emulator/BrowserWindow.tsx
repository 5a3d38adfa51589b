import type { ReactNode } from 'react';

/** The browser's own line icons (back, forward, reload, lock): decorative, drawn in SVG. */
const icons = {
  back: 'M15 5l-7 7 7 7',
  forward: 'M9 5l7 7-7 7',
  reload: 'M19 12a7 7 0 1 1-2-4.9M19 4v4h-4',
  lock: 'M7 11V8a5 5 0 0 1 10 0v3M6 11h12v9H6z',
} as const;

function ChromeIcon({ name }: { name: keyof typeof icons }) {
  return (
    <svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" className="flex-none">
      <path d={icons[name]} fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
    </svg>
  );
}

/**
 * A desktop browser window of the time (one tab, the address, the page), drawn where the phone
 * stands while the account website shows (SPEC section 4b). Only the page inside is interactive.
 */
export function BrowserWindow({
  title,
  address,
  children,
}: {
  title: string;
  address: string;
  children: ReactNode;
}) {
  return (
    <section
      aria-label="desktop browser"
      className="box-border flex h-[688px] w-full flex-col overflow-hidden rounded-[6px] border border-[#7a7d82] bg-[#f0f0f0] font-sans text-[#1e1e1e] shadow-[0_20px_50px_rgb(0_0_0/0.55)] max-[440px]:h-dvh max-[440px]:rounded-none"
    >
      <div
        aria-hidden="true"
        className="flex h-[34px] flex-none items-end gap-[8px] bg-[#dcdfe4] pr-[10px] pl-[8px]"
      >
        <div className="flex h-[28px] max-w-[260px] min-w-0 items-center gap-[8px] rounded-t-[5px] border border-b-0 border-[#b9bdc4] bg-[#f0f0f0] px-[10px] text-[12px]">
          <span className="h-[12px] w-[12px] flex-none rounded-[2px] bg-[#094ab2]" />
          <span className="truncate">{title}</span>
        </div>
        <div className="ml-auto flex h-full items-center gap-[14px] text-[#444] text-[13px]">
          <span className="block h-[1px] w-[10px] bg-current" />
          <span className="block h-[10px] w-[10px] border border-current" />
          <span className="text-[15px] leading-none">×</span>
        </div>
      </div>
      <div
        aria-hidden="true"
        className="flex h-[36px] flex-none items-center gap-[10px] border-b border-[#c8c8c8] px-[10px] text-[#555]"
      >
        <ChromeIcon name="back" />
        <ChromeIcon name="forward" />
        <ChromeIcon name="reload" />
        <div className="flex h-[24px] min-w-0 flex-1 items-center gap-[6px] rounded-[3px] border border-[#b9bdc4] bg-white px-[8px] text-[12.5px]">
          <span className="text-[#1a7f37]">
            <ChromeIcon name="lock" />
          </span>
          <span className="truncate">
            <span className="text-[#1a7f37]">https://</span>
            {address}
          </span>
        </div>
      </div>
      <div className="min-h-0 flex-1 overflow-y-auto bg-white">{children}</div>
    </section>
  );
}
