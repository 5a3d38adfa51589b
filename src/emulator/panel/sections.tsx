import { CloudInspector } from './CloudInspector';
import { DemoAccountInfo } from './DemoAccountInfo';
import { FaultControl } from './FaultControl';
import { InboxSection } from './InboxSection';
import { LatencyControl } from './LatencyControl';
import { PanelSection } from './PanelSection';
import { PhoneControl } from './PhoneControl';
import { RestoreSummarySection } from './RestoreSummarySection';
import { StateFileControl } from './StateFileControl';

export { DemoSection } from '../demo/DemoSection';

/** The panel's sections beyond network, power and clock: loaded after the first paint. */
export function MoreSections() {
  return (
    <>
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
