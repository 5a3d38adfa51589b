import { randomToken, sha256 } from '../lib/crypto';
import type { CloudIndex } from './schema';

/** Sessions last 14 days of emulated time. */
export const SESSION_TTL_MS = 14 * 24 * 3600 * 1000;
/** An account keeps this many sessions (phones, the account website); a new one ends the oldest. */
export const MAX_SESSIONS_PER_ACCOUNT = 10;

/** The cloud knows a session by the SHA-256 of its token, so a copy of its store signs nobody in. */
export const tokenHash = (token: string) => sha256(token);

/**
 * Opens a session for the account and returns its token (handed out once, never stored). Expired
 * sessions of every account go, and the account's oldest beyond the cap.
 */
export async function openSession(index: CloudIndex, accountId: string, now: number): Promise<string> {
  const token = randomToken();
  const live = index.sessions.filter((s) => now - s.createdAt <= SESSION_TTL_MS);
  const own = live.filter((s) => s.accountId === accountId).sort((a, b) => a.createdAt - b.createdAt);
  const dropped = new Set(own.slice(0, Math.max(0, own.length - (MAX_SESSIONS_PER_ACCOUNT - 1))));
  index.sessions = [
    ...live.filter((s) => !dropped.has(s)),
    { tokenHash: await tokenHash(token), accountId, createdAt: now },
  ];
  return token;
}
