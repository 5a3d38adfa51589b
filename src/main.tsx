import './styles.css';
import { registerCloudWorkerEarly } from './cloud/workerEarly';
import { openDatabasesEarly } from './lib/databases';
import { failPhoneEmulatorBoot } from './emulator/phoneEmulatorStub';

// The static phone shell in index.html paints first; the app's JavaScript runs after that frame.
requestAnimationFrame(() =>
  setTimeout(() => {
    performance.mark('app:import');
    // On a first visit the browser creates the site's storage meanwhile (src/lib/databases.ts).
    openDatabasesEarly();
    // The cloud's service worker installs off the main thread while the app evaluates.
    registerCloudWorkerEarly();
    import('./app/start').catch(failPhoneEmulatorBoot);
    // The network is idle while the app evaluates: fetch the cloud, and a `?scenario=`'s builder,
    // which the boot imports next. Failures are reported where they are used.
    const later: Promise<unknown>[] = [import('./cloud/browser')];
    if (new URLSearchParams(location.search).has('scenario'))
      later.push(import('./emulator/scenarios/apply'));
    later.forEach((p) => p.catch(() => undefined));
  }, 0),
);
