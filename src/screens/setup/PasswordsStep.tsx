import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { usePhone } from '../../api/useDevice';
import { savePasswords } from '../../backup/setup/actions';
import { ACCOUNT_KIND_LABELS } from '../../device/labels';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/TextField';
import { Lead, SetupPage, StepHeading, useGoOn } from './SetupPage';

/**
 * `Enter passwords for your restored accounts`. Passwords came back only if the identity check
 * gave this phone the key that opens them; any other must be typed, and is stored encrypted.
 */
export function PasswordsStep() {
  const go = useGoOn('passwords');
  const accounts = usePhone((p) => p.accounts).filter((a) => a.kind !== 'microsoft');
  const needing = usePhone((p) => p.setup.accountsNeedingPassword);
  const [typed, setTyped] = useState<Record<string, string>>({});
  const save = useMutation({ mutationFn: savePasswords, onSuccess: () => go('next') });
  const busy = save.isPending || save.isSuccess;

  return (
    <SetupPage
      title="accounts"
      buttons={
        <>
          <Button type="submit" form="setup-passwords" disabled={busy}>
            next
          </Button>
          <Button onClick={() => go('skip')} disabled={busy}>
            skip
          </Button>
        </>
      }
    >
      <StepHeading>Enter passwords for your restored accounts</StepHeading>
      <Lead>
        {needing.length === 0
          ? 'Your accounts came back with their passwords, because you verified your identity.'
          : 'Some passwords could not come back. Enter them now, or skip and enter them later in email+accounts.'}
      </Lead>
      <form
        id="setup-passwords"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate(typed);
        }}
      >
        <ul aria-label="restored accounts" className="m-0 list-none p-0">
          {accounts.map((a) => (
            <li key={a.id} className="py-[5px]">
              <p className="m-0 text-wp-large leading-tight font-light break-all">{a.address}</p>
              {needing.includes(a.id) ? (
                <TextField
                  label={`Password for ${a.address} (${ACCOUNT_KIND_LABELS[a.kind]})`}
                  type="password"
                  autoComplete="off"
                  value={typed[a.id] ?? ''}
                  disabled={busy}
                  onChange={(e) => {
                    const value = e.currentTarget.value;
                    setTyped((t) => ({ ...t, [a.id]: value }));
                  }}
                />
              ) : (
                <p className="m-0 text-wp-normal text-subtle">
                  {ACCOUNT_KIND_LABELS[a.kind]} · password restored
                </p>
              )}
            </li>
          ))}
        </ul>
      </form>
    </SetupPage>
  );
}
