import './styles.css';
import { installCloudWorkerEarly } from './cloud/earlyWorker';

// The cloud's service worker installs beside the app's JavaScript (off the main thread).
installCloudWorkerEarly();
// The static phone shell in index.html paints first; the app's JavaScript runs after that frame.
requestAnimationFrame(() => setTimeout(() => void import('./app/start'), 0));
