import { useMutation, useQueryClient } from '@tanstack/react-query';
import { deriveDataKey, rekeyPasswords } from '../../device/secrets';
import { activePhone, updatePhone } from '../../device/store';
import type { DeviceState } from '../../device/schema';
import { queryKeys } from '../queryKeys';
import type { CloudSession } from '../schemas';
import { endLeftSessions } from './signOut';

/**
 * After the identity check: the phone keeps the session and derives the data key from the
 * password the user just typed (the password itself is never stored), and lists the account
 * in email+accounts. Account passwords on the phone that the new key cannot open (the password
 * was reset) are moved over to it.
 */
export async function completeSignIn(session: CloudSession, password: string): Promise<DeviceState> {
  const dataKey = await deriveDataKey(password, session.account.keySalt);
  const before = activePhone();
  const rekeyed = await rekeyPasswords(before.accounts, dataKey, before.microsoftAccount?.dataKey ?? null);
  const changedFrom = new Map(before.accounts.map((a) => [a.id, a.password]));
  return updatePhone((p) => {
    // Only passwords still as they were read: one typed meanwhile is kept.
    const accounts = p.accounts.map((a) =>
      rekeyed.has(a.id) && changedFrom.get(a.id) === a.password ? { ...a, password: rekeyed.get(a.id)! } : a,
    );
    return {
      ...p,
      microsoftAccount: {
        accountId: session.account.id,
        email: session.account.email,
        displayName: session.account.displayName,
        token: session.token,
        dataKey,
      },
      accounts: accounts.some((a) => a.kind === 'microsoft')
        ? accounts
        : [{ id: 'acct-ms', kind: 'microsoft', address: session.account.email, password: null }, ...accounts],
    };
  });
}

/**
 * Signs the phone out. The cloud's session ends now, or, offline, as soon as the phone is online
 * again (endLeftSessions): the phone keeps the token only to end it.
 */
export async function unlinkAccount(): Promise<void> {
  const token = activePhone().microsoftAccount?.token;
  updatePhone((p) => ({
    ...p,
    microsoftAccount: null,
    accounts: p.accounts.filter((a) => a.kind !== 'microsoft'),
    pendingSignOuts: token ? [...p.pendingSignOuts, token].slice(-20) : p.pendingSignOuts,
  }));
  await endLeftSessions();
}

/** Signs the phone out; what was cached for the account is dropped with it. */
export function useUnlinkAccount() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: unlinkAccount,
    onSuccess: () => client.removeQueries({ queryKey: queryKeys.all }),
  });
}
