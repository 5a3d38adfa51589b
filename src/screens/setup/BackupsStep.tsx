import { useState } from 'react';
import { useBackups } from '../../api/backups/getBackups';
import { usePhone } from '../../api/useDevice';
import { messageRanges, RANGE_LABELS, type MessageRange } from '../../backup/restoreApply';
import { formatDateTime } from '../../lib/format';
import { Button } from '../../ui/Button';
import { ListItem } from '../../ui/ListItem';
import { IndeterminateProgress } from '../../ui/ProgressBar';
import { RadioList } from '../../ui/RadioList';
import { chooseBackup, chooseRange, setUpAsNew } from '../../backup/setup/actions';
import { Alert, Lead, SetupPage, useGoOn } from './SetupPage';

const NO_BACKUPS = "We couldn't find any backups for this account.";

/** `Finding backups…`, then this account's backups, newest first (the cloud lists only its own). */
export function BackupsStep() {
  const go = useGoOn('backups');
  const backups = useBackups();
  const newPhone = () => {
    setUpAsNew();
    go('setUpAsNew');
  };
  const newPhoneButton = <Button onClick={newPhone}>set up as a new phone</Button>;

  if (backups.isPending) {
    return (
      <SetupPage title="restore">
        <p className="m-0 mb-[9px] text-wp-medium">Finding backups…</p>
        <IndeterminateProgress label="Finding backups" />
      </SetupPage>
    );
  }
  if (backups.isError) {
    return (
      <SetupPage
        title="restore"
        buttons={
          <>
            <Button onClick={() => void backups.refetch()}>try again</Button>
            {newPhoneButton}
          </>
        }
      >
        <Alert>We couldn't look for your backups. {backups.error.message}</Alert>
      </SetupPage>
    );
  }
  const list = backups.data;
  return (
    <SetupPage title="restore" buttons={newPhoneButton}>
      {list.length === 0 ? (
        <Lead>{NO_BACKUPS}</Lead>
      ) : (
        <>
          <Lead>Choose a backup to restore to this phone.</Lead>
          <ul aria-label="backups" className="m-0 list-none p-0">
            {list.map((b) => (
              <li key={b.deviceId}>
                <ListItem
                  title={b.phoneName}
                  state={`${b.model} · ${formatDateTime(b.createdAt)}`}
                  onClick={() => {
                    chooseBackup(b.deviceId);
                    go('choose');
                  }}
                />
              </li>
            ))}
          </ul>
        </>
      )}
    </SetupPage>
  );
}

/** How much text history to download (SPEC section 3). */
export function MessagesStep() {
  const go = useGoOn('messages');
  const saved = usePhone((p) => p.setup.restore?.range ?? 'any');
  const [range, setRange] = useState<MessageRange>(saved);
  const options = messageRanges.map((r) => ({ value: r, label: RANGE_LABELS[r] }));
  return (
    <SetupPage
      title="text messages"
      buttons={
        <Button
          onClick={() => {
            chooseRange(range);
            go('next');
          }}
        >
          next
        </Button>
      }
    >
      <Lead>Your text messages are backed up too. How much of your history do you want on this phone?</Lead>
      <RadioList<MessageRange>
        label="Download text messages from"
        options={options}
        value={range}
        onChange={setRange}
      />
    </SetupPage>
  );
}
