import { useEffect, useEffectEvent } from 'react';
import { useStore } from 'zustand';
import { usePhone } from '../../app/hooks';
import { restoreFromBackup, restoreInProgress } from '../../backup/restore';
import { restoreRunStore } from '../../backup/restoreRun';
import type { DeviceState } from '../../device/schema';
import { activePhone } from '../../device/store';
import { track } from '../../emulator/activity';
import { Button } from '../../ui/Button';
import { ProgressBar } from '../../ui/ProgressBar';
import { setUpAsNew } from './flow';
import { Alert, Lead, SetupPage, useGoTo } from './SetupPage';

/** After the restore: the passwords step when accounts came back, else straight to `done`. */
function stepAfterRestore(phone: DeviceState) {
  return phone.accounts.some((a) => a.kind !== 'microsoft') ? 'passwords' : 'done';
}

/**
 * Restoring, with its progress. The restore writes the phone in one step at the end, so a failure
 * or a reload leaves the phone as it was: a failure offers `try again`; a reload (status still
 * `running` with nothing running) carries on by itself.
 */
export function RestoringStep() {
  const goTo = useGoTo();
  const restore = usePhone((p) => p.setup.restore);
  const progress = useStore(restoreRunStore, (s) => s.progress);
  const status = restore?.status;

  const start = () => {
    const choice = activePhone().setup.restore;
    if (!choice) return;
    track(restoreFromBackup({ deviceId: choice.deviceId, range: choice.range })).then(
      () => goTo(stepAfterRestore(activePhone()), { replace: true }),
      () => undefined, // recorded in setup.restore; the page shows it with `try again`
    );
  };

  // Once per arrival at this step (the restore itself dedupes concurrent starts): start the chosen
  // restore, carry on one a reload cut off, or move on from one that already finished.
  const arrive = useEffectEvent(() => {
    if (status === 'chosen' || (status === 'running' && !restoreInProgress())) start();
    else if (status === 'applied') goTo(stepAfterRestore(activePhone()), { replace: true });
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
                goTo('done');
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
