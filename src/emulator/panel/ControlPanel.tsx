import { lazy, Suspense, useEffect } from 'react';
import { demoFromUrl } from '../demo/demoState';
import { NetworkControl } from './NetworkControl';
import { PanelSection } from './PanelSection';
import { PowerControl } from './PowerControl';
import { WebsiteSwitch } from './WebsiteSwitch';

// Everything but network and power loads beside the phone's first screen rather than before it:
// it keeps the initial JavaScript smaller (docs/decisions.md, "What stays for speed").
const DemoSection = lazy(() => import('../demo/DemoSection').then((m) => ({ default: m.DemoSection })));
const ClockControl = lazy(() => import('./ClockControl').then((m) => ({ default: m.ClockControl })));
const MoreSections = lazy(() => import('./sections').then((m) => ({ default: m.MoreSections })));

// Read before the router's first redirect can drop the query (`?demo=restore&pace=fast`).
const demoAtLoad = typeof location === 'undefined' ? null : demoFromUrl(location.href);
let demoStarted = false;

/** The emulator's controls beside the phone (SPEC section 6). Each section is its own file. */
export function ControlPanel() {
  useEffect(() => {
    if (!demoAtLoad || demoStarted) return;
    demoStarted = true;
    // A failure shows in the demo's caption.
    void window.phoneEmulator.runDemo(demoAtLoad).catch(() => undefined);
  }, []);
  return (
    <div className="panel-stack">
      <h2 className="panel-title">control panel</h2>
      <Suspense fallback={<div className="panel-section panel-demo-placeholder" />}>
        <DemoSection />
      </Suspense>
      <WebsiteSwitch />
      <PanelSection title="network and power">
        <NetworkControl />
        <PowerControl />
      </PanelSection>
      <Suspense fallback={<div className="panel-section panel-clock-placeholder" />}>
        <ClockControl />
      </Suspense>
      <Suspense fallback={null}>
        <MoreSections />
      </Suspense>
    </div>
  );
}
