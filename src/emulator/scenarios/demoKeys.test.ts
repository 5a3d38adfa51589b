import { hashPassword } from '../../lib/crypto';
import { demoAccount } from '../../cloud/demoAccount';
import { decryptSecret, deriveDataKey } from '../../device/secrets';
import { SCENARIO_DEMO_KEYS as keys } from './demoKeys';
import { buildScenario } from './build';

describe('the scenarios’ precomputed demo keys', () => {
  it('are what PBKDF2 derives from the demo password and the fixed salts', async () => {
    expect(await hashPassword(demoAccount.password, keys.passwordSalt)).toBe(keys.passwordHash);
    expect(await deriveDataKey(demoAccount.password, keys.keySalt)).toBe(keys.dataKey);
  });

  it('let the used phone’s account passwords be decrypted with the key a sign-in derives', async () => {
    const { cloud, phones } = await buildScenario('used-phone');
    const account = cloud.accounts.find((a) => a.email === demoAccount.email)!;
    const signInKey = await deriveDataKey(demoAccount.password, account.keySalt);
    const phone = phones.phones[phones.activePhoneId]!;
    const secrets = phone.accounts.flatMap((a) => (a.password ? [a.password] : []));
    expect(secrets.length).toBeGreaterThan(0);
    for (const secret of secrets) expect(await decryptSecret(signInKey, secret)).not.toBeNull();
  });
});
