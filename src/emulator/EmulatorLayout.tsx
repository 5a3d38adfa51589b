import { useEffect } from 'react';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { usePhone } from '../api/useDevice';
import { NoticeBanner } from '../ui/NoticeBanner';
import { BrowserWindow } from './BrowserWindow';
import { HardwareKeys } from './HardwareKeys';
import { PhoneFrame } from './PhoneFrame';
import { PhoneMotion } from './PhoneMotion';
import { rememberPhonePath, useOnWebsite } from './stages';
import { StatusBar } from './StatusBar';
import { ThemeSync } from './ThemeSync';
import { useBackKey } from './useBackKey';
import { ControlPanel } from './panel/ControlPanel';

/**
 * The root route: the phone (status bar, screen, keys), or the account website in a desktop
 * browser where the phone stands, and the control panel beside them.
 */
export function EmulatorLayout() {
  const website = useOnWebsite();
  return (
    <div
      className={`emulator-layout ${website ? 'grid-cols-[minmax(0,760px)_minmax(0,360px)] max-[820px]:grid-cols-[minmax(0,760px)]' : ''}`}
    >
      <ThemeSync />
      <PhoneMotion />
      {website ? (
        <BrowserWindow title="Device backups - OneDrive" address="onedrive.live.com/options/DeviceBackups">
          <Outlet />
        </BrowserWindow>
      ) : (
        <Phone />
      )}
      <aside aria-label="control panel" className="control-panel">
        <ControlPanel />
      </aside>
      <NoticeBanner />
    </div>
  );
}

function Phone() {
  const navigate = useNavigate();
  const setUp = usePhone((p) => p.setup.complete);
  const back = useBackKey();
  const { pathname, search } = useLocation();
  // Remembered so that the website's `back to the phone` returns here.
  useEffect(() => rememberPhonePath(`${pathname}${search}`), [pathname, search]);
  return (
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
  );
}
