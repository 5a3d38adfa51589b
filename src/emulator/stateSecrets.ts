import type { CloudIndex } from '../cloud/schema';
import type { PhonesState } from '../device/store';
import { SCENARIO_DEMO_KEYS } from './scenarios/demoKeys';
import { demoAccount } from '../cloud/demoAccount';
import { RESETS_KEY } from '../cloud/passwordResets';

/**
 * What a state file leaves out unless it is asked for an exact copy (SPEC section 6; issue #18,
 * finding 4): session tokens, the phones' data keys and the account passwords they open, identity
 * codes, and the cloud's password hashes. What is left is the phones' data and the cloud's
 * backups (whose account passwords stay encrypted with a key the file does not hold).
 */
export const WITHOUT_SECRETS =
  'The emulator without its secrets: no session tokens, data keys, identity codes or password hashes. Imported, its phones keep their data, sign in again, and ask for their account passwords again.';
export const EXACT_COPY =
  'An exact copy of the emulator, with its secrets: session tokens, data keys, identity codes and password hashes. Anyone who has this file can use the accounts in it: keep it to yourself.';

/** The phones, signed out: what `sign out` does, and every account password to be typed again. */
export function phonesWithoutSecrets(state: PhonesState): PhonesState {
  const phones = Object.fromEntries(
    Object.entries(state.phones).map(([id, p]) => [
      id,
      {
        ...p,
        microsoftAccount: null,
        pendingSignOuts: [],
        accounts: p.accounts.filter((a) => a.kind !== 'microsoft').map((a) => ({ ...a, password: null })),
      },
    ]),
  );
  return { ...state, phones };
}

/** The cloud without its sessions, sign-ins and password resets under way, delivered codes and password hashes. */
export function cloudWithoutSecrets(cloud: Record<string, unknown>): Record<string, unknown> {
  const index = cloud.index as CloudIndex | undefined;
  const out: Record<string, unknown> = { ...cloud };
  if (index && typeof index === 'object')
    out.index = {
      ...index,
      accounts: index.accounts.map((a) => ({ ...a, passwordHash: '' })),
      sessions: [],
      challenges: [],
      deliveries: [],
    };
  if ('index:unreadable' in out) out['index:unreadable'] = scrubbed(out['index:unreadable']);
  // Password resets under way hold code hashes: they end with the sign-ins.
  delete out[RESETS_KEY];
  return out;
}

/** Fields that hold a secret wherever they appear in saved data the emulator could not read. */
const SECRET_FIELDS = new Set([
  'token',
  'tokenHash',
  'dataKey',
  'passwordHash',
  'code',
  'codeHash',
  'password',
]);
const SECRET_LISTS = new Set(['pendingSignOuts', 'sessions', 'challenges', 'deliveries']);

/** An unreadable copy (kept for the user) with every field that may hold a secret emptied. */
export function scrubbed(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(scrubbed);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, v]) => [
      key,
      SECRET_FIELDS.has(key) ? null : SECRET_LISTS.has(key) ? [] : scrubbed(v),
    ]),
  );
}

/**
 * After importing a file without secrets: the demo account's password is published, so it signs
 * in again with it; any other account has no password until one is set for it.
 */
export function withDemoPassword(index: CloudIndex): CloudIndex {
  return {
    ...index,
    accounts: index.accounts.map((a) =>
      a.passwordHash === '' && a.email === demoAccount.email
        ? {
            ...a,
            passwordSalt: SCENARIO_DEMO_KEYS.passwordSalt,
            passwordHash: SCENARIO_DEMO_KEYS.passwordHash,
          }
        : a,
    ),
  };
}
