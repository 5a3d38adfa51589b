import { useEffect } from 'react';
import { usePhone } from '../api/useDevice';

const THEME_STORAGE_KEY = 'wp-theme';

/**
 * Puts the active phone's theme and accent on <html> (data-theme / data-accent) and remembers
 * them in localStorage, where index.html's inline script reads them before the next first paint.
 */
export function ThemeSync() {
  const theme = usePhone((p) => p.settings.theme);
  const accent = usePhone((p) => p.settings.accent);
  useEffect(() => {
    const root = document.documentElement;
    root.dataset.theme = theme;
    root.dataset.accent = accent;
    try {
      localStorage.setItem(THEME_STORAGE_KEY, JSON.stringify({ theme, accent }));
    } catch {
      // Storage may be unavailable (private mode, quota); the theme still applies to this page.
    }
  }, [theme, accent]);
  return null;
}
