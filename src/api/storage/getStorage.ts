import { queryOptions, useQuery } from '@tanstack/react-query';
import { cloudRequest } from '../client';
import { queryKeys } from '../queryKeys';
import { storageSchema } from '../schemas';
import { usePhone } from '../useDevice';
import { useWebsiteSession, type WebsiteSession } from '../website/session';

/** `GET /api/me/storage`: the account's OneDrive use and quota. Without `token`, the phone's session. */
export const getStorage = (token?: string) =>
  cloudRequest('/api/me/storage', { schema: storageSchema, token });

const getStorageQueryOptions = (accountId: string | undefined) =>
  queryOptions({ queryKey: queryKeys.storage(accountId), queryFn: () => getStorage(), enabled: !!accountId });

export function useStorage() {
  const accountId = usePhone((p) => p.microsoftAccount?.accountId);
  return useQuery(getStorageQueryOptions(accountId));
}

const getWebsiteStorageQueryOptions = (session: WebsiteSession | null) =>
  queryOptions({
    queryKey: queryKeys.websiteStorage(session?.accountId),
    queryFn: () => getStorage(session?.token),
    enabled: !!session,
    retry: false,
  });

/** The account website's storage use, with its own session. */
export function useWebsiteStorage() {
  return useQuery(getWebsiteStorageQueryOptions(useWebsiteSession()));
}
