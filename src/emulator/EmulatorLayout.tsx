import { Outlet, useNavigate } from 'react-router';
import { usePhone } from '../api/useDevice';
import { NoticeBanner } from '../ui/NoticeBanner';
import { HardwareKeys } from './HardwareKeys';
import { PhoneFrame } from './PhoneFrame';
import { PhoneMotion } from './PhoneMotion';
import { StatusBar } from './StatusBar';
import { ThemeSync } from './ThemeSync';
import { useBackKey } from './useBackKey';
import { ControlPanel } from './panel/ControlPanel';

/** The root route: the phone (status bar, screen, keys) and the control panel beside it. */
export function EmulatorLayout() {
  const navigate = useNavigate();
  const setUp = usePhone((p) => p.setup.complete);
  const back = useBackKey();
  return (
    <div className="emulator-layout">
      <ThemeSync />
      <PhoneMotion />
      <PhoneFrame
        screen={
          <>
            <StatusBar />
            <main className="phone-main">
              <Outlet />
            </main>
          </>
        }
        keys={
          <HardwareKeys
            onBack={back}
            onStart={() => {
              if (setUp) void navigate('/start');
            }}
            onSearch={() => {
              // Bing search is not part of the emulation.
            }}
          />
        }
      />
      <aside aria-label="control panel" className="control-panel">
        <ControlPanel />
      </aside>
      <NoticeBanner />
    </div>
  );
}
