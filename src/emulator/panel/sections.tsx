import { CloudInspector } from './CloudInspector';
import { DemoAccountInfo } from './DemoAccountInfo';
import { FaultControl } from './FaultControl';
import { InboxSection } from './InboxSection';
import { LatencyControl } from './LatencyControl';
import { MotionControl } from './MotionControl';
import { PanelSection } from './PanelSection';
import { PhoneControl } from './PhoneControl';
import { RestoreSummarySection } from './RestoreSummarySection';
import { StateFileControl } from './StateFileControl';

/** The panel's sections beyond network and power: loaded once the phone's first screen is up. */
export function MoreSections() {
  return (
    <>
      <MotionControl />
      <PanelSection title="cloud">
        <LatencyControl />
        <FaultControl />
      </PanelSection>
      <InboxSection />
      <DemoAccountInfo />
      <PhoneControl />
      <RestoreSummarySection />
      <StateFileControl />
      <CloudInspector />
    </>
  );
}
