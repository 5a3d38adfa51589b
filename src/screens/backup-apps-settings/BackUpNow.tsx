import { useMutation } from '@tanstack/react-query';
import { Link } from 'react-router';
import { BACKUP_BUSY_MESSAGE, backUpNow, BackupError, isSessionExpired } from '../../backup/backupNow';
import { Button } from '../../ui/Button';
import { ProgressBar } from '../../ui/ProgressBar';
import { SIGN_IN_PATH } from '../backup/labels';
import { useBackupRun } from './useBackupRun';

/**
 * `back up now` with its progress and outcome. The run lives in backupRunStore, not here, so
 * leaving the page and coming back still shows it (and an automatic backup shows the same way).
 */
export function BackUpNow({ enabled }: { enabled: boolean }) {
  const running = useBackupRun((r) => r.running);
  const progress = useBackupRun((r) => r.progress);
  const runError = useBackupRun((r) => r.error);
  const backup = useMutation({ mutationFn: () => backUpNow('manual') });
  // What the store does not record: another tab's backup holding the lock, and an expired session.
  const busy = backup.error instanceof BackupError && backup.error.message === BACKUP_BUSY_MESSAGE;
  const expired = backup.isError && isSessionExpired(backup.error);
  const start = () => backup.mutate();

  const error = busy ? BACKUP_BUSY_MESSAGE : running ? null : runError;
  return (
    <div className="py-[7px]">
      {running ? <ProgressBar label="backing up" value={progress} /> : null}
      {error ? (
        <p role="alert" className="m-0 mb-[9px] text-wp-normal leading-snug">
          {error}
        </p>
      ) : null}
      {expired && !running ? (
        <p className="m-0 mb-[9px] text-wp-normal leading-snug">
          Your Microsoft account session has expired, so the phone can't reach OneDrive.{' '}
          <Link to={SIGN_IN_PATH} className="text-fg underline">
            sign in again
          </Link>
        </p>
      ) : null}
      <Button onClick={start} disabled={!enabled || running}>
        back up now
      </Button>
    </div>
  );
}
