import { PhoneFrame } from './PhoneFrame';

/** Shown while the phone's saved data loads: the frame with a blank screen. */
export function PhoneShellFallback() {
  return (
    <div className="emulator-layout">
      <PhoneFrame />
    </div>
  );
}
