import { useState, type ReactNode } from 'react';
import { useUnlinkAccount } from '../../api/auth/linkAccount';
import { useBackups } from '../../api/backups/getBackups';
import { usePhone } from '../../api/useDevice';
import { activePhone } from '../../device/store';
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
  // Signed out first, so that setup may go back to sign in (SETUP_FLOW: differentAccount). Kept
  // here: signing out empties the list below, and this step must still be there to move on.
  const signOut = useUnlinkAccount();
  const differentAccount = () => signOut.mutate(undefined, { onSuccess: () => go('differentAccount') });

  if (signOut.isPending || signOut.isSuccess)
    return <NoBackups leaving onDifferentAccount={differentAccount} />;
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
  if (list.length === 0)
    return (
      <NoBackups leaving={false} onDifferentAccount={differentAccount} newPhoneButton={newPhoneButton} />
    );
  return (
    <SetupPage title="restore" buttons={newPhoneButton}>
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
    </SetupPage>
  );
}

/**
 * No backup on this account (the article's comments 1 and 6): the step says which account is
 * signed in, that backups belong to the account that made them, and offers another account.
 */
function NoBackups({
  leaving,
  onDifferentAccount,
  newPhoneButton,
}: {
  /** Signing out for another account: the page stays as it was until setup moves on. */
  leaving: boolean;
  onDifferentAccount: () => void;
  newPhoneButton?: ReactNode;
}) {
  // Read once: signing out clears it while this page is still on screen.
  const [email] = useState(() => activePhone().microsoftAccount?.email ?? '');
  return (
    <SetupPage
      title="restore"
      buttons={
        <>
          <Button disabled={leaving} onClick={onDifferentAccount}>
            sign in with a different account
          </Button>
          {newPhoneButton ?? <Button disabled>set up as a new phone</Button>}
        </>
      }
    >
      <Lead>{NO_BACKUPS}</Lead>
      <p className="m-0 mb-[9px] text-wp-normal leading-snug">
        You're signed in as <span className="font-semibold break-all">{email}</span>.
      </p>
      <p className="m-0 mb-[9px] text-wp-normal leading-snug text-subtle">
        Backups belong to the Microsoft account that made them. If you backed up your old phone with another
        account, sign in with that one to see its backups.
      </p>
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
