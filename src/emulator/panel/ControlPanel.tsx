import { ClockControl } from './ClockControl';
import { NetworkControl } from './NetworkControl';
import { PowerControl } from './PowerControl';

/** The emulator's controls beside the phone (SPEC section 6). Each section is its own file. */
export function ControlPanel() {
  return (
    <div className="flex flex-col gap-[16px]">
      <h2 className="m-0 text-[18px] font-semibold">control panel</h2>
      <NetworkControl />
      <PowerControl />
      <ClockControl />
    </div>
  );
}
