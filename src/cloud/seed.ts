import { hashPassword, randomBytes, toBase64 } from '../lib/crypto';
import type { CloudAccount, CloudIndex, Contact } from './schema';
import { DEMO_ALT_EMAIL, PHONE_NUMBER, demoAccount } from './demoAccount';

const DEFAULT_QUOTA_BYTES = 30_000_000_000; // shown as 28 GB, as in the article

export async function createAccount(opts: {
  id?: string;
  email: string;
  password: string;
  displayName: string;
  contacts: Contact[];
  quotaBytes?: number;
  otherBytes?: number;
  /** Salts with the hash already derived from them (the scenarios' demo account). */
  precomputed?: { passwordSalt: string; passwordHash: string; keySalt: string };
}): Promise<CloudAccount> {
  const passwordSalt = opts.precomputed?.passwordSalt ?? toBase64(randomBytes(16));
  return {
    id: opts.id ?? `acc-${crypto.randomUUID()}`,
    email: opts.email,
    displayName: opts.displayName,
    passwordHash: opts.precomputed?.passwordHash ?? (await hashPassword(opts.password, passwordSalt)),
    passwordSalt,
    keySalt: opts.precomputed?.keySalt ?? toBase64(randomBytes(16)),
    contacts: opts.contacts,
    quotaBytes: opts.quotaBytes ?? DEFAULT_QUOTA_BYTES,
    otherBytes: opts.otherBytes ?? 0,
    failedCodes: 0,
    codesLockedUntil: null,
  };
}

export function demoContacts(): Contact[] {
  return [
    { method: 'text', to: PHONE_NUMBER },
    { method: 'call', to: PHONE_NUMBER },
    { method: 'email', to: DEMO_ALT_EMAIL },
  ];
}

export async function seedDemoAccount(index: CloudIndex): Promise<CloudIndex> {
  if (index.accounts.some((a) => a.email === demoAccount.email)) return index;
  const account = await createAccount({ id: 'acc-demo', ...demoAccount, contacts: demoContacts() });
  return { ...index, accounts: [...index.accounts, account] };
}
