import { sha256 } from '../lib/crypto';
import { CLOUD_SCHEMA_VERSION } from './schema';

type Raw = Record<string, unknown>;
const records = (value: unknown): Raw[] =>
  Array.isArray(value) ? value.filter((x): x is Raw => typeof x === 'object' && x !== null) : [];

/**
 * A cloud saved (or exported) by an earlier version, brought to this one; anything else is
 * returned as it is, for the schema to judge. Version 1 kept session tokens and identity codes as
 * they were sent: sessions keep working through the hash of their token, and sign-ins under way
 * (ten minutes at most) end. Version 1's message stores were per device only: each belongs to
 * the account its device record names. Never throws.
 */
export async function migrateCloudIndex(raw: unknown): Promise<unknown> {
  if (typeof raw !== 'object' || raw === null || (raw as Raw).version !== 1) return raw;
  const v1 = raw as Raw;
  const devices = records(v1.devices);
  const sessions = await Promise.all(
    records(v1.sessions).map(async (s) => ({
      tokenHash: typeof s.token === 'string' ? await sha256(s.token) : null,
      accountId: s.accountId,
      createdAt: s.createdAt,
    })),
  );
  return {
    ...v1,
    version: CLOUD_SCHEMA_VERSION,
    accounts: records(v1.accounts).map(({ failedPasswords: _f, lockedUntil: _l, ...a }) => a),
    sessions,
    challenges: [],
    signInThrottle: [],
    messageStores: records(v1.messageStores).map((m) => ({
      ...m,
      accountId: devices.find((d) => d.id === m.deviceId)?.accountId ?? null,
    })),
  };
}
