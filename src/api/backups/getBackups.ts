import { queryOptions, useQuery } from '@tanstack/react-query';
import { cloudRequest } from '../client';
import { queryKeys } from '../queryKeys';
import { backupListSchema } from '../schemas';
import { usePhone } from '../useDevice';
import { useWebsiteSession, type WebsiteSession } from '../website/session';

/** `GET /api/backups`: this account's backups, every device, newest first. Without `token`, the phone's session. */
export const getBackups = (token?: string) =>
  cloudRequest('/api/backups', { schema: backupListSchema, token });

const getBackupsQueryOptions = (accountId: string | undefined) =>
  queryOptions({ queryKey: queryKeys.backups(accountId), queryFn: () => getBackups(), enabled: !!accountId });

export function useBackups() {
  const accountId = usePhone((p) => p.microsoftAccount?.accountId);
  return useQuery(getBackupsQueryOptions(accountId));
}

/** The account website's list, with its own session; a failure shows at once (no retry), as the site did. */
const getWebsiteBackupsQueryOptions = (session: WebsiteSession | null) =>
  queryOptions({
    queryKey: queryKeys.websiteBackups(session?.accountId),
    queryFn: () => getBackups(session?.token),
    enabled: !!session,
    retry: false,
  });

export function useWebsiteBackups() {
  return useQuery(getWebsiteBackupsQueryOptions(useWebsiteSession()));
}
