import './styles.css';
import { failPhoneEmulatorBoot } from './emulator/phoneEmulatorStub';

// The static phone shell in index.html paints first; the app's JavaScript runs after that frame.
requestAnimationFrame(() =>
  setTimeout(() => {
    import('./emulator/start').catch(failPhoneEmulatorBoot);
  }, 0),
);
