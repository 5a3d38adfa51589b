import type { ReactNode } from 'react';
import { useWebsiteSignOut } from '../../api/auth/signOut';
import type { WebsiteSession } from '../../api/website/session';

/** The options beside Device backups, as the site listed them; only this page is emulated. */
const OPTIONS = ['Manage storage', 'Device backups', 'Photos', 'Notifications'];

/**
 * OneDrive's page around `Device backups` (the article's comment 2: "Settings -> Options ->
 * Device Backups"): the site's bar with who is signed in and `sign out`, the options, the page.
 */
export function SiteFrame({ session, children }: { session: WebsiteSession | null; children: ReactNode }) {
  const signOut = useWebsiteSignOut();
  return (
    <div className="flex min-h-full flex-col font-sans text-[14px] text-[#1e1e1e]">
      <header className="flex h-[48px] flex-none items-center gap-[16px] bg-[#094ab2] px-[20px] text-white">
        <p className="m-0 text-[20px] font-light">OneDrive</p>
        {session ? (
          <div className="ml-auto flex min-w-0 items-center gap-[14px]">
            <p className="m-0 truncate text-[13px]">{session.email}</p>
            <button
              type="button"
              onClick={() => signOut.mutate()}
              disabled={signOut.isPending}
              className="cursor-pointer border-0 bg-transparent p-0 font-sans text-[13px] text-white underline"
            >
              sign out
            </button>
          </div>
        ) : null}
      </header>
      <div className="flex min-h-0 flex-1">
        {session ? (
          <nav
            aria-label="options"
            className="w-[168px] flex-none border-r border-[#e1dfdd] bg-[#f8f8f8] py-[18px] max-[640px]:hidden"
          >
            <p className="m-0 mb-[8px] px-[18px] text-[12px] font-semibold tracking-wide text-[#605e5c] uppercase">
              Options
            </p>
            <ul className="m-0 list-none p-0">
              {OPTIONS.map((o) =>
                o === 'Device backups' ? (
                  <li
                    key={o}
                    aria-current="page"
                    className="border-l-[3px] border-[#094ab2] bg-[#eaeaea] px-[15px] py-[6px] font-semibold"
                  >
                    {o}
                  </li>
                ) : (
                  <li key={o} className="px-[18px] py-[6px] text-[#605e5c]">
                    {o}
                  </li>
                ),
              )}
            </ul>
          </nav>
        ) : null}
        <main className="min-w-0 flex-1 px-[28px] py-[22px] max-[640px]:px-[14px]">{children}</main>
      </div>
    </div>
  );
}
