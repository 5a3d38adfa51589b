import { useWebsiteBackups } from '../../api/backups/getBackups';
import { isApiError } from '../../api/errors';
import { useWebsiteSession } from '../../api/website/session';
import { BackupTable } from './BackupTable';
import { WebButton } from './controls';
import { SiteFrame } from './SiteFrame';
import { StorageUse } from './StorageUse';
import { WebsiteSignIn } from './WebsiteSignIn';

/** What the site said when it could not list the backups (the article's comment 2), word for word. */
export const LIST_FAILED = 'Sorry, an error has occurred.';
const SESSION_ENDED = 'Your session has ended. Sign in again.';

/**
 * `/web/device-backups`: OneDrive's Device backups page (SPEC section 4b), in the desktop browser
 * the emulator draws where the phone stands. It signs in on its own and reads and deletes
 * through the same REST API as the phone, with its own session.
 */
export function Component() {
  const session = useWebsiteSession();
  const backups = useWebsiteBackups();
  // The cloud no longer knows this browser's session (a password reset, a new scenario).
  const ended = backups.isError && isApiError(backups.error) && backups.error.isAuth;
  if (!session || ended) {
    return (
      <SiteFrame session={null}>
        <WebsiteSignIn notice={ended ? SESSION_ENDED : null} />
      </SiteFrame>
    );
  }
  return (
    <SiteFrame session={session}>
      <h1 className="m-0 mb-[6px] text-[28px] font-light">Device backups</h1>
      <p className="m-0 mb-[16px] max-w-[600px] leading-snug text-[#323130]">
        Your phones back up their settings and app data here. A phone restores its backup when you sign in
        with this account while setting it up. Deleting a backup here deletes it for the phone too.
      </p>
      {backups.isPending ? (
        <p role="status" className="m-0 py-[10px]">
          Loading…
        </p>
      ) : backups.isError ? (
        <div className="py-[6px]">
          <p role="alert" className="m-0 mb-[12px]">
            {LIST_FAILED}
          </p>
          <WebButton onClick={() => void backups.refetch()} disabled={backups.isFetching}>
            try again
          </WebButton>
        </div>
      ) : (
        <BackupTable backups={backups.data.filter((b) => b.parts.settings || b.parts.apps)} />
      )}
      {backups.isError ? null : <StorageUse />}
    </SiteFrame>
  );
}
