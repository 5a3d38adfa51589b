import type { ComponentType } from 'react';
import { createStore } from 'zustand/vanilla';

type LaterSections = {
  DemoSection: ComponentType;
  ClockControl: ComponentType;
  MoreSections: ComponentType;
};

/** The control panel's sections past network and power, once loaded (or that they failed to). */
export const laterSectionsStore = createStore<{ sections: LaterSections | null; failed: boolean }>()(() => ({
  sections: null,
  failed: false,
}));

/**
 * Kept out of the initial JavaScript, the later sections load beside the phone's first screen
 * (docs/decisions.md, "What stays for speed"). The import starts as this module runs, and
 * `settled()` waits for it, so the whole panel shows once `ready()` resolves. Not React.lazy: React
 * holds a Suspense boundary's content back for a while after its fallback has shown, and the panel
 * filled in well after the phone's first screen. Never rejects: a failure is kept in the store.
 */
export const laterSectionsLoaded: Promise<void> = Promise.all([
  import('../demo/DemoSection'),
  import('./ClockControl'),
  import('./sections'),
]).then(
  ([demo, clock, more]) =>
    laterSectionsStore.setState({
      sections: {
        DemoSection: demo.DemoSection,
        ClockControl: clock.ClockControl,
        MoreSections: more.MoreSections,
      },
    }),
  () => laterSectionsStore.setState({ failed: true }),
);
