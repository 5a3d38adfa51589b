import { queryOptions, useQuery } from '@tanstack/react-query';
import { cloudRequest } from '../client';
import { queryKeys } from '../queryKeys';
import { backupListSchema } from '../schemas';
import { usePhone } from '../useDevice';

/** `GET /api/backups`: this account's backups, every device, newest first. */
export const getBackups = () => cloudRequest('/api/backups', { schema: backupListSchema });

const getBackupsQueryOptions = (accountId: string | undefined) =>
  queryOptions({ queryKey: queryKeys.backups(accountId), queryFn: getBackups, enabled: !!accountId });

export function useBackups() {
  const accountId = usePhone((p) => p.microsoftAccount?.accountId);
  return useQuery(getBackupsQueryOptions(accountId));
}
