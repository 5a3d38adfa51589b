import './styles.css';
import { failPhoneEmulatorBoot } from './emulator/phoneEmulatorStub';

// The static phone shell in index.html paints while the app's chunk loads.
import('./emulator/start').catch(failPhoneEmulatorBoot);
