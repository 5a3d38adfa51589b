import { createRoot } from 'react-dom/client';
import { App } from '../app/App';
import { createPhoneRouter } from '../app/routes';
import { whenBooted } from './bootState';
import { bootEmulator } from './boot';
import { EmulatorLayout } from './EmulatorLayout';
import { PhoneShellFallback } from './PhoneShellFallback';
import { failPhoneEmulatorBoot } from './phoneEmulatorStub';

/** The emulator's page: the phone's router inside the emulator's layout, then the boot. */
const root = document.getElementById('root');
if (!root) throw new Error('the page has no #root element');
const router = createPhoneRouter({
  layout: <EmulatorLayout />,
  fallback: PhoneShellFallback,
  phoneLoaded: whenBooted,
});
createRoot(root).render(<App router={router} />);
bootEmulator(router).catch(failPhoneEmulatorBoot);
