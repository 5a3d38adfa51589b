/**
 * The demo account every fresh cloud has, and the contacts of the emulated phone: constants only,
 * so that the page's inline `window.phoneEmulator` (index.html) can carry the account from the start.
 */
export const demoAccount = {
  email: 'demo@outlook.com',
  password: 'Lumia-930',
  displayName: 'Demo User',
} as const;
/** The phone number of the emulated phone; texts to it cannot arrive while it is being set up. */
export const PHONE_NUMBER = '+1 425 555 0142';
export const DEMO_ALT_EMAIL = 'demo.home@hotmail.com';
