import { useMutation } from '@tanstack/react-query';
import { useEffect, useEffectEvent } from 'react';
import { useStore } from 'zustand';
import { usePhone } from '../../api/useDevice';
import { restoreFromBackup, restoreInProgress } from '../../backup/restore';
import { restoreRunStore } from '../../backup/restoreRun';
import { setUpAsNew } from '../../backup/setup/actions';
import type { DeviceState } from '../../device/schema';
import { activePhone } from '../../device/store';
import { Button } from '../../ui/Button';
import { ProgressBar } from '../../ui/ProgressBar';
import { Alert, Lead, SetupPage, useGoOn } from './SetupPage';

/** After the restore: the passwords step when accounts came back, else straight to `done`. */
function afterRestore(phone: DeviceState) {
  return phone.accounts.some((a) => a.kind !== 'microsoft') ? 'restoredWithAccounts' : 'restored';
}

/**
 * Restoring, with its progress. The restore writes the phone in one step at the end, so a failure
 * or a reload leaves the phone as it was: a failure offers `try again`; a reload (status still
 * `running` with nothing running) carries on by itself.
 */
export function RestoringStep() {
  const go = useGoOn('restoring');
  const restore = usePhone((p) => p.setup.restore);
  const progress = useStore(restoreRunStore, (s) => s.progress);
  const status = restore?.status;
  // A failure is recorded in setup.restore; the page shows it with `try again`.
  const run = useMutation({
    mutationFn: restoreFromBackup,
    onSuccess: () => go(afterRestore(activePhone()), { replace: true }),
  });

  const start = () => {
    const choice = activePhone().setup.restore;
    if (choice) run.mutate({ deviceId: choice.deviceId, range: choice.range });
  };

  // Once per arrival at this step (the restore itself dedupes concurrent starts): start the chosen
  // restore, carry on one a reload cut off, or move on from one that already finished.
  const arrive = useEffectEvent(() => {
    if (status === 'chosen' || (status === 'running' && !restoreInProgress())) start();
    else if (status === 'applied') go(afterRestore(activePhone()), { replace: true });
  });
  useEffect(() => arrive(), []);

  if (status === 'failed') {
    return (
      <SetupPage
        title="restoring"
        buttons={
          <>
            <Button onClick={start}>try again</Button>
            <Button
              onClick={() => {
                setUpAsNew();
                go('setUpAsNew');
              }}
            >
              set up as a new phone
            </Button>
          </>
        }
      >
        <Alert>There was a problem restoring your phone. {restore?.error}</Alert>
        <Lead>Nothing has been changed yet. Try again to carry on where the restore stopped.</Lead>
      </SetupPage>
    );
  }

  return (
    <SetupPage title="restoring">
      <Lead>
        Restoring your backup. This can take a while: your settings, accounts and texts come back first.
      </Lead>
      <ProgressBar value={status === 'applied' ? 100 : progress} label="restoring your phone" />
      <p className="m-0 mt-[9px] text-wp-normal text-subtle">
        Your apps download afterwards, in the background, over Wi-Fi.
      </p>
    </SetupPage>
  );
}
