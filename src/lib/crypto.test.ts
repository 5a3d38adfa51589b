import { describe, expect, it } from 'vitest';
import { hashPassword } from './crypto';

describe('password hashing', () => {
  it("is PBKDF2-HMAC-SHA256 at OWASP's 600,000 iterations", async () => {
    // Made with Node's own PBKDF2: crypto.pbkdf2Sync('Lumia-930', salt, 600000, 32, 'sha256').
    const salt = 'uGNHmLvbH5YdxHVk6XC/2A==';
    expect(await hashPassword('Lumia-930', salt)).toBe('Ipw73EzFQCSQPPDtD4JfXGMBBf1d4hEiSPte8/J+790=');
  });
});
