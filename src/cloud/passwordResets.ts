import { count, timeMs } from '../lib/bounds';
import { toBase64 } from '../lib/crypto';
import { z } from '../lib/zod';
import type { CloudIndex } from './schema';

/**
 * Password resets under way (`POST /api/auth/password-reset…`). They are kept in the cloud's
 * store under a key of their own rather than in the index, so the index's schema stays as it is;
 * a value that does not parse counts as no reset at all.
 */
export const RESETS_KEY = 'password-resets';
/** Resets and decoys kept at most (each is forgotten an hour after it began anyway). */
const MAX_RESETS = 1000;
const text = (max: number) => z.string().check(z.maxLength(max));

const resetSchema = z.object({
  id: text(200),
  /** Null for an address without an account: that reset is a decoy (see decoyMethods). */
  accountId: z.nullable(text(200)),
  /** SHA-256 of the lower-cased address: decoys are counted per address without keeping it. */
  addressKey: text(100),
  createdAt: timeMs(),
  /** SHA-256 of the reset's id and its code; the code itself is only in the inbox it went to. */
  codeHash: z.nullable(text(100)),
  codeSentAt: z.nullable(timeMs()),
  verifiedAt: z.nullable(timeMs()),
});
export type PasswordReset = z.infer<typeof resetSchema>;

/** Wrong codes and the lock of an address that has no account, counted as an account's are. */
const decoySchema = z.object({
  addressKey: text(100),
  failedCodes: count(1000),
  codesLockedUntil: z.nullable(timeMs()),
});

export const resetsSchema = z.object({
  resets: z.array(resetSchema).check(z.maxLength(MAX_RESETS)),
  decoys: z.array(decoySchema).check(z.maxLength(MAX_RESETS)),
});
export type PasswordResets = z.infer<typeof resetsSchema>;

interface BlobTx {
  readBlob<T = unknown>(key: string): Promise<T | undefined>;
  putBlob(key: string, value: unknown): void;
}

export async function readResets(tx: Pick<BlobTx, 'readBlob'>): Promise<PasswordResets> {
  const parsed = resetsSchema.safeParse(await tx.readBlob(RESETS_KEY));
  return parsed.success ? parsed.data : { resets: [], decoys: [] };
}

/** Writes the resets, the newest `MAX_RESETS` of each list (so that they always read back). */
export function writeResets(tx: BlobTx, resets: PasswordResets): void {
  tx.putBlob(RESETS_KEY, {
    resets: resets.resets.slice(-MAX_RESETS),
    decoys: resets.decoys.slice(-MAX_RESETS),
  });
}

/** Where a reset's wrong codes are counted: its account (shared with the identity check), or its decoy. */
export function codeCounter(
  index: CloudIndex,
  resets: PasswordResets,
  reset: PasswordReset,
): { failedCodes: number; codesLockedUntil: number | null } | undefined {
  if (reset.accountId !== null) return index.accounts.find((a) => a.id === reset.accountId);
  let decoy = resets.decoys.find((d) => d.addressKey === reset.addressKey);
  if (!decoy) {
    decoy = { addressKey: reset.addressKey, failedCodes: 0, codesLockedUntil: null };
    resets.decoys.push(decoy);
  }
  return decoy;
}

async function sha256(text: string): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
}

export const addressKey = async (email: string) => toBase64(await sha256(email.trim().toLowerCase()));

export const hashResetCode = async (resetId: string, code: string) =>
  toBase64(await sha256(`${resetId}:${code}`));

const DECOY_DOMAINS = ['outlook.com', 'hotmail.com', 'live.com'];

/**
 * The contacts an address without an account seems to have: made from the address, so the same
 * address always shows the same ones, and an answer never says whether an account exists.
 */
export async function decoyMethods(key: string) {
  const bytes = await sha256(`decoy:${key}`);
  const letter = (b: number) => String.fromCharCode(97 + (b % 26));
  const digits = String((bytes[2]! % 90) + 10);
  return [
    { method: 'text' as const, masked: `*********${digits}` },
    { method: 'call' as const, masked: `*********${digits}` },
    {
      method: 'email' as const,
      masked: `${letter(bytes[0]!)}${letter(bytes[1]!)}*****@${DECOY_DOMAINS[bytes[3]! % DECOY_DOMAINS.length]}`,
    },
  ];
}
