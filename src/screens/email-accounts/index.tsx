import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { usePhone } from '../../api/useDevice';
import { Button } from '../../ui/Button';
import { Page } from '../../ui/Page';
import { AccountList } from './AccountList';
import { MicrosoftSignIn } from './MicrosoftSignIn';

/**
 * SETTINGS / email+accounts: the phone's accounts. Without a Microsoft account it offers to add
 * one; `?signin=1` (the backup pages' `sign in` links) opens that flow at once, also to renew an
 * expired session, and `?reset=1` its `Can't access your account?`.
 */
export function Component() {
  const accounts = usePhone((p) => p.accounts);
  const microsoft = usePhone((p) => p.microsoftAccount?.email ?? null);
  const [params, setParams] = useSearchParams();
  const [adding, setAdding] = useState(() => params.has('signin') || params.has('reset'));

  const close = () => {
    setAdding(false);
    if (params.has('signin') || params.has('reset')) setParams({}, { replace: true });
  };

  return (
    <Page app="SETTINGS" title="email+accounts">
      {adding ? (
        <MicrosoftSignIn initialEmail={microsoft ?? undefined} onDone={close} onCancel={close} />
      ) : (
        <>
          {accounts.length === 0 ? (
            <p className="m-0 py-[7px] text-wp-medium">There are no accounts on this phone.</p>
          ) : null}
          <AccountList accounts={accounts} microsoftEmail={microsoft} />
          {microsoft === null ? (
            <div className="pt-[12px]">
              <Button onClick={() => setAdding(true)}>add a Microsoft account</Button>
            </div>
          ) : null}
        </>
      )}
    </Page>
  );
}
