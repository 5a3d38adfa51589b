/** Every query key in one place, so invalidation after a change is never missed. */
export const queryKeys = {
  all: ['cloud'] as const,
  storage: (accountId: string | undefined) => ['cloud', accountId, 'storage'] as const,
  backups: (accountId: string | undefined) => ['cloud', accountId, 'backups'] as const,
  backup: (accountId: string | undefined, deviceId: string) =>
    ['cloud', accountId, 'backup', deviceId] as const,
  /** The account website's own answers (its session, not the phone's). */
  website: ['cloud', 'website'] as const,
  websiteStorage: (accountId: string | undefined) => ['cloud', 'website', accountId, 'storage'] as const,
  websiteBackups: (accountId: string | undefined) => ['cloud', 'website', accountId, 'backups'] as const,
};
