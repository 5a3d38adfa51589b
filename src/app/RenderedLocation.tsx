import { useLayoutEffect } from 'react';
import { useLocation } from 'react-router';
import { createStore } from 'zustand/vanilla';

/**
 * The location the page has committed to the screen. The router's state moves first and React
 * renders it after: in a transition, or in a page turn's view transition, which on a busy page
 * can take several frames. The phone has not settled (src/emulator/settled.ts) until the two
 * agree.
 */
export const renderedLocationStore = createStore<{ key: string | null }>()(() => ({ key: null }));

/** Rendered beside whatever the root route shows: the emulator's layout, or the error page. */
export function RenderedLocation(): null {
  const { key } = useLocation();
  useLayoutEffect(() => renderedLocationStore.setState({ key }), [key]);
  return null;
}
