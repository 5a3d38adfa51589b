import { fromBase64, pbkdf2, randomBytes, toBase64 } from '../lib/crypto';
import type { Encrypted } from './schema';

/**
 * Account passwords on the phone and in backups are encrypted with a key derived from the
 * Microsoft account password and a per-account salt. The cloud stores neither the password nor
 * the key, so it alone cannot read them; a phone gets the key back only by signing in.
 */
export async function deriveDataKey(accountPassword: string, keySalt: string): Promise<string> {
  return toBase64(await pbkdf2(`data-key:${accountPassword}`, keySalt));
}

async function importKey(dataKey: string): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', fromBase64(dataKey), 'AES-GCM', false, ['encrypt', 'decrypt']);
}

export async function encryptSecret(dataKey: string, secret: string): Promise<Encrypted> {
  const iv = randomBytes(12);
  const data = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv },
    await importKey(dataKey),
    new TextEncoder().encode(secret),
  );
  return { iv: toBase64(iv), data: toBase64(data) };
}

/** Null when the key is not the one the secret was encrypted with. */
export async function decryptSecret(dataKey: string, secret: Encrypted): Promise<string | null> {
  try {
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: fromBase64(secret.iv) },
      await importKey(dataKey),
      fromBase64(secret.data),
    );
    return new TextDecoder().decode(plain);
  } catch {
    return null;
  }
}

/**
 * The passwords of `accounts` that must change when the phone's data key becomes `newKey` (a
 * sign-in after a password reset, or with another account): moved over when `oldKey` opens them,
 * else null, so the user types them again and nothing is kept that no key on the phone can open.
 */
export async function rekeyPasswords(
  accounts: readonly { id: string; password: Encrypted | null }[],
  newKey: string,
  oldKey: string | null,
): Promise<Map<string, Encrypted | null>> {
  const changes = new Map<string, Encrypted | null>();
  for (const a of accounts) {
    if (!a.password || (await decryptSecret(newKey, a.password)) !== null) continue;
    const plain = oldKey ? await decryptSecret(oldKey, a.password) : null;
    changes.set(a.id, plain === null ? null : await encryptSecret(newKey, plain));
  }
  return changes;
}
