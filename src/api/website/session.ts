import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import { z } from '../../lib/zod';

/**
 * The account website's session (SPEC section 4b): the desktop browser's own, not the phone's.
 * It is kept as a browser keeps a sign-in cookie, in localStorage: every tab shares it, a reload
 * keeps it, and a phone reset, a scenario or another phone leave it alone (their cloud may no
 * longer know the token, and the website then asks to sign in again). It is not part of the
 * emulator's exported state.
 */
const STORAGE_KEY = 'wp-website-session';

const websiteSessionSchema = z.object({
  token: z.string(),
  accountId: z.string(),
  email: z.string(),
  displayName: z.string(),
});
export type WebsiteSession = z.infer<typeof websiteSessionSchema>;

function readStored(): WebsiteSession | null {
  try {
    const raw = localStorage.getItem(STORAGE_KEY);
    if (raw === null) return null;
    const parsed = websiteSessionSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null; // no storage here, or not JSON: signed out
  }
}

export const websiteSessionStore = createStore<{ session: WebsiteSession | null }>()(() => ({
  session: typeof localStorage === 'undefined' ? null : readStored(),
}));

export function setWebsiteSession(session: WebsiteSession | null): void {
  websiteSessionStore.setState({ session });
  try {
    if (session) localStorage.setItem(STORAGE_KEY, JSON.stringify(session));
    else localStorage.removeItem(STORAGE_KEY);
  } catch {
    // Storage unavailable: the session lasts as long as the page.
  }
}

// Signed in or out in another tab: the same browser, so the same session here.
if (typeof window !== 'undefined') {
  window.addEventListener('storage', (e) => {
    if (e.key === STORAGE_KEY) websiteSessionStore.setState({ session: readStored() });
  });
}

export const useWebsiteSession = () => useStore(websiteSessionStore, (s) => s.session);
