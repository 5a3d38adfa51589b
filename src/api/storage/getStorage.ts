import { queryOptions, useQuery } from '@tanstack/react-query';
import { cloudRequest } from '../client';
import { queryKeys } from '../queryKeys';
import { storageSchema } from '../schemas';
import { usePhone } from '../useDevice';

/** `GET /api/me/storage`: the account's OneDrive use and quota. */
export const getStorage = () => cloudRequest('/api/me/storage', { schema: storageSchema });

const getStorageQueryOptions = (accountId: string | undefined) =>
  queryOptions({ queryKey: queryKeys.storage(accountId), queryFn: getStorage, enabled: !!accountId });

export function useStorage() {
  const accountId = usePhone((p) => p.microsoftAccount?.accountId);
  return useQuery(getStorageQueryOptions(accountId));
}
