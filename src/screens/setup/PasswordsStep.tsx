import { useState } from 'react';
import { usePhone } from '../../app/hooks';
import { track } from '../../emulator/activity';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/TextField';
import { savePasswords } from './flow';
import { Lead, SetupPage, StepHeading, useGoTo } from './SetupPage';

const KIND_NAMES = {
  microsoft: 'Microsoft account',
  outlook: 'Outlook.com',
  google: 'Google',
  exchange: 'Exchange',
};

/**
 * `Enter passwords for your restored accounts`. Passwords came back only if the identity check
 * gave this phone the key that opens them; any other must be typed, and is stored encrypted.
 */
export function PasswordsStep() {
  const goTo = useGoTo();
  const accounts = usePhone((p) => p.accounts).filter((a) => a.kind !== 'microsoft');
  const needing = usePhone((p) => p.setup.accountsNeedingPassword);
  const [typed, setTyped] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);

  const next = async () => {
    setBusy(true);
    await track(savePasswords(typed));
    goTo('done');
  };

  return (
    <SetupPage
      title="accounts"
      buttons={
        <>
          <Button type="submit" form="setup-passwords" disabled={busy}>
            next
          </Button>
          <Button onClick={() => goTo('done')} disabled={busy}>
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
          void next();
        }}
      >
        <ul aria-label="restored accounts" className="m-0 list-none p-0">
          {accounts.map((a) => (
            <li key={a.id} className="py-[5px]">
              <p className="m-0 text-wp-large leading-tight font-light break-all">{a.address}</p>
              {needing.includes(a.id) ? (
                <TextField
                  label={`Password for ${a.address} (${KIND_NAMES[a.kind]})`}
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
                <p className="m-0 text-wp-normal text-subtle">{KIND_NAMES[a.kind]} · password restored</p>
              )}
            </li>
          ))}
        </ul>
      </form>
    </SetupPage>
  );
}
