import { queryOptions, useQuery } from '@tanstack/react-query';
import { usePhone } from '../../app/hooks';
import { queryKeys } from '../queryKeys';
import { listBackups } from './backups';

export const getBackupsQueryOptions = (accountId: string | undefined) =>
  queryOptions({ queryKey: queryKeys.backups(accountId), queryFn: listBackups, enabled: !!accountId });

export function useBackups() {
  const accountId = usePhone((p) => p.microsoftAccount?.accountId);
  return useQuery(getBackupsQueryOptions(accountId));
}
