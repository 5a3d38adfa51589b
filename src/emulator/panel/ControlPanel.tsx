import { useEffect } from 'react';
import { useStore } from 'zustand';
import { demoFromUrl } from '../demo/demoState';
import { NetworkControl } from './NetworkControl';
import { laterSectionsStore } from './laterSections';
import { PanelAlert, PanelSection } from './PanelSection';
import { PowerControl } from './PowerControl';
import { WebsiteSwitch } from './WebsiteSwitch';

// Read before the router's first redirect can drop the query (`?demo=restore&pace=fast`).
const demoAtLoad = typeof location === 'undefined' ? null : demoFromUrl(location.href);
let demoStarted = false;

/** The emulator's controls beside the phone (SPEC section 6). Each section is its own file. */
export function ControlPanel() {
  const { sections, failed } = useStore(laterSectionsStore);
  useEffect(() => {
    if (!demoAtLoad || demoStarted) return;
    demoStarted = true;
    // A failure shows in the demo's caption.
    void window.phoneEmulator.runDemo(demoAtLoad).catch(() => undefined);
  }, []);
  return (
    <div className="panel-stack">
      <h2 className="panel-title">control panel</h2>
      {sections ? (
        <sections.DemoSection />
      ) : (
        !failed && <div className="panel-section panel-demo-placeholder" />
      )}
      <WebsiteSwitch />
      <PanelSection title="network and power">
        <NetworkControl />
        <PowerControl />
      </PanelSection>
      {sections ? (
        <>
          <sections.ClockControl />
          <sections.MoreSections />
        </>
      ) : failed ? (
        <PanelAlert>The rest of the control panel couldn't load. Reload the page to try again.</PanelAlert>
      ) : (
        <div className="panel-section panel-clock-placeholder" />
      )}
    </div>
  );
}
