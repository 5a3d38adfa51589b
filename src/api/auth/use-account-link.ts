import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { queryKeys } from '../queryKeys';
import type { CloudSession } from '../schemas';
import { completeSignIn, unlinkAccount } from './link-account';

/**
 * Links the phone to the account the identity check verified, then refetches what the cloud
 * shows (storage, backups). Deliberately not a useMutation: its variables would keep the
 * password in the mutation cache after the flow ends.
 */
export function useLinkAccount(): (session: CloudSession, password: string) => Promise<void> {
  const client = useQueryClient();
  return useCallback(
    async (session, password) => {
      await completeSignIn(session, password);
      await client.invalidateQueries({ queryKey: queryKeys.all });
    },
    [client],
  );
}

/** Signs the phone out; what was cached for the account is dropped with it. */
export function useUnlinkAccount(): () => Promise<void> {
  const client = useQueryClient();
  return useCallback(async () => {
    await unlinkAccount();
    client.removeQueries({ queryKey: queryKeys.all });
  }, [client]);
}
