import { afterEach, describe, expect, it, vi } from 'vitest';

const KEY = 'wp-website-session';
const session = {
  token: 't'.repeat(43),
  accountId: 'acc-demo',
  email: 'demo@outlook.com',
  displayName: 'Demo User',
};

/** The module as a fresh page loads it. */
async function freshPage() {
  vi.resetModules();
  return import('./session');
}

afterEach(() => localStorage.clear());

describe("the account website's session", () => {
  it('survives a reload of the page, and sign out ends it', async () => {
    (await freshPage()).setWebsiteSession(session);
    const reloaded = await freshPage();
    expect(reloaded.websiteSessionStore.getState().session).toEqual(session);
    reloaded.setWebsiteSession(null);
    expect((await freshPage()).websiteSessionStore.getState().session).toBeNull();
  });

  it('is not the phone’s: nothing of it is in the phone’s store', async () => {
    (await freshPage()).setWebsiteSession(session);
    const { deviceStore } = await import('../../device/store');
    expect(JSON.stringify(deviceStore.getState())).not.toContain(session.token);
  });

  it.each(['not json', '{"token": 1}', '[]'])('starts signed out when what is stored is %j', async (raw) => {
    localStorage.setItem(KEY, raw);
    expect((await freshPage()).websiteSessionStore.getState().session).toBeNull();
  });

  it('follows a sign-in or sign-out in another tab', async () => {
    const page = await freshPage();
    localStorage.setItem(KEY, JSON.stringify(session));
    window.dispatchEvent(new StorageEvent('storage', { key: KEY }));
    expect(page.websiteSessionStore.getState().session).toEqual(session);
    localStorage.removeItem(KEY);
    window.dispatchEvent(new StorageEvent('storage', { key: KEY }));
    expect(page.websiteSessionStore.getState().session).toBeNull();
  });
});
