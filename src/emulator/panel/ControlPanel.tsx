import { lazy, Suspense, useEffect } from 'react';
import { cloudReady } from '../../api/cloudReady';
import { demoFromUrl } from '../demo/demoState';
import { ClockControl } from './ClockControl';
import { NetworkControl } from './NetworkControl';
import { PanelSection } from './PanelSection';
import { PowerControl } from './PowerControl';
import './panel.css';
import './panel-parts.css';

// Everything but network, power and clock comes in one chunk, once the phone and its cloud are up,
// so that it does not hold up the phone's first screen.
const sections = () => cloudReady.catch(() => undefined).then(() => import('./sections'));
const DemoSection = lazy(() => sections().then((m) => ({ default: m.DemoSection })));
const MoreSections = lazy(() => sections().then((m) => ({ default: m.MoreSections })));

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
      <PanelSection title="network and power">
        <NetworkControl />
        <PowerControl />
      </PanelSection>
      <ClockControl />
      <Suspense fallback={null}>
        <MoreSections />
      </Suspense>
    </div>
  );
}
