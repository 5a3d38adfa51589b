import { useState } from 'react';
import { useUnlinkAccount } from '../../api/auth/linkAccount';
import { ACCOUNT_KIND_LABELS } from '../../device/labels';
import type { Account } from '../../device/schema';
import { Button } from '../../ui/Button';
import { ListItem } from '../../ui/ListItem';
import { MessageDialog } from '../../ui/MessageDialog';

/** The phone's accounts; the Microsoft account can be signed out of (after asking). */
export function AccountList({
  accounts,
  microsoftEmail,
}: {
  accounts: Account[];
  microsoftEmail: string | null;
}) {
  const [confirming, setConfirming] = useState(false);
  const unlink = useUnlinkAccount();
  const signOut = () => {
    setConfirming(false);
    unlink.mutate();
  };

  // The Microsoft account first, as the phone lists it.
  const sorted = [...accounts].sort(
    (a, b) => Number(b.kind === 'microsoft') - Number(a.kind === 'microsoft'),
  );
  return (
    <>
      <ul aria-label="accounts" className="m-0 list-none p-0">
        {sorted.map((a) => (
          <li key={a.id}>
            <ListItem
              title={ACCOUNT_KIND_LABELS[a.kind]}
              state={
                a.kind !== 'microsoft' && a.password === null ? `${a.address} · password needed` : a.address
              }
            />
            {a.kind === 'microsoft' && microsoftEmail ? (
              <div className="pb-[9px]">
                <Button onClick={() => setConfirming(true)} disabled={unlink.isPending}>
                  sign out
                </Button>
              </div>
            ) : null}
          </li>
        ))}
      </ul>
      <MessageDialog
        open={confirming}
        title="Sign out?"
        text={`If you sign out of ${microsoftEmail ?? 'your Microsoft account'}, this phone stops backing up until you sign in again. Your backups stay on OneDrive.`}
        positive={{ label: 'sign out', onClick: signOut }}
        negative={{ label: 'cancel', onClick: () => setConfirming(false) }}
      />
    </>
  );
}
