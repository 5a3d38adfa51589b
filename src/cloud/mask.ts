import type { Contact } from './schema';

/** Contact methods as sign-in shows them: `te*****@hotmail.com`, `*********42`. */
export function maskContact(c: Contact): string {
  if (c.method === 'email') {
    const [user = '', domain = ''] = c.to.split('@');
    return `${user.slice(0, 2)}*****@${domain}`;
  }
  const digits = c.to.replace(/\D/g, '');
  return `*********${digits.slice(-2)}`;
}
