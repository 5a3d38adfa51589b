import { useMatches } from 'react-router';
import type { RouteHandle } from '../app/routes';

/**
 * Where the emulator stands the phone or the account website's browser window (SPEC section 4b).
 * Each keeps its place while the other shows: the phone's last path is remembered for the tab
 * (sessionStorage, so a reload of the website page still goes back to it).
 */
const PHONE_PATH_KEY = 'wp-phone-path';
let phonePathInMemory: string | null = null;

export function rememberPhonePath(path: string): void {
  phonePathInMemory = path;
  try {
    sessionStorage.setItem(PHONE_PATH_KEY, path);
  } catch {
    // Storage unavailable: remembered for this page only.
  }
}

/** Where `back to the phone` leads: the phone's last page, else wherever the phone's gate sends it. */
export function phonePath(): string {
  let stored: string | null = null;
  try {
    stored = sessionStorage.getItem(PHONE_PATH_KEY);
  } catch {
    // as above
  }
  const path = phonePathInMemory ?? stored;
  return path?.startsWith('/') && !path.startsWith('//') ? path : '/';
}

/** True while the route on screen is the account website's. */
export function useOnWebsite(): boolean {
  return useMatches().some((m) => (m.handle as RouteHandle | undefined)?.stage === 'website');
}
