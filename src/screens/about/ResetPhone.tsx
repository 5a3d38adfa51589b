import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useEndLeftSessions } from '../../api/auth/signOut';
import { queryClient } from '../../api/queryClient';
import { usePhone } from '../../api/useDevice';
import { resetPhone } from '../../device/reset';
import { formatDateTime } from '../../lib/format';
import { Button } from '../../ui/Button';
import { MessageDialog } from '../../ui/MessageDialog';

/**
 * `reset your phone`, asked twice as on the phone. It wipes the phone (not the cloud) and starts
 * setup. The first question says when the last backup was: the article's advice is to back up
 * just before a reset.
 */
export function ResetPhone() {
  const navigate = useNavigate();
  const lastBackupAt = usePhone((p) => p.backup.lastBackupAt);
  const [asking, setAsking] = useState<0 | 1 | 2>(0);
  const cancel = () => setAsking(0);
  const endSessions = useEndLeftSessions();
  const reset = () => {
    setAsking(0);
    resetPhone();
    // The session the phone had ends in the cloud too (later, if the phone is offline).
    endSessions.mutate();
    // Cloud answers cached for the old phone (its account, its backups) must not leak into setup.
    queryClient.clear();
    void navigate('/setup/language', { replace: true });
  };
  return (
    <div className="mt-[18px]">
      <Button onClick={() => setAsking(1)}>reset your phone</Button>
      <MessageDialog
        open={asking === 1}
        title="reset your phone?"
        text={
          <>
            Are you sure? All your content and settings will be erased.
            <span className="mt-[6px] block text-wp-normal text-subtle">
              {lastBackupAt === null
                ? 'This phone has never been backed up.'
                : `Last backup: ${formatDateTime(lastBackupAt)}.`}
            </span>
          </>
        }
        positive={{ label: 'yes', onClick: () => setAsking(2) }}
        negative={{ label: 'no', onClick: cancel }}
      />
      <MessageDialog
        open={asking === 2}
        title="last warning"
        text="This will erase everything on your phone and restore its factory settings. Continue?"
        positive={{ label: 'yes', onClick: reset }}
        negative={{ label: 'no', onClick: cancel }}
      />
    </div>
  );
}
