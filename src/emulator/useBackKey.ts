import { useCallback, useEffect } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { turnBackNext } from '../app/pageTurns';

/** Where back leads when there is no history inside the app (the page was opened directly). */
export function parentPath(pathname: string): string | null {
  if (pathname === '/start' || pathname.startsWith('/setup')) return null;
  // Settings pages nest (settings > backup > apps+settings > manage); everything else sits on Start.
  if (pathname.startsWith('/settings/')) return pathname.replace(/\/[^/]+\/?$/, '');
  return '/start';
}

/**
 * The back key: browser history back while there is history inside the app, else up to the
 * parent page, so back never leaves the emulator. Escape does the same unless something
 * (a dialog, a menu, a text box) handled it first.
 */
export function useBackKey(): () => void {
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const back = useCallback(() => {
    const idx = (window.history.state as { idx?: number } | null)?.idx ?? 0;
    if (idx > 0) {
      void navigate(-1);
      return;
    }
    const parent = parentPath(pathname);
    if (!parent) return;
    // Up to the parent is back too: the pages turn the back way.
    turnBackNext();
    void navigate(parent, { replace: true });
  }, [navigate, pathname]);

  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented) return;
      if (document.querySelector('dialog[open]')) return;
      if (e.target instanceof Element && e.target.closest('.control-panel')) return;
      e.preventDefault();
      back();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [back]);

  return back;
}
