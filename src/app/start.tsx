performance.mark('app:evaluated');
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { createAppRouter } from './router';
import { bootEmulator } from '../emulator/boot';
import { failPhoneEmulatorBoot } from '../emulator/phoneEmulatorStub';

// The app starts once this chunk has evaluated, not inside its evaluation. Under DevTools or
// Playwright, a request started while a chunk's top level is on the stack (the router loading the
// first screen) records that stack, and V8 parses the whole chunk again for its source positions:
// 50 to 130 ms on this path.
queueMicrotask(() => {
  try {
    const root = document.getElementById('root');
    if (!root) throw new Error('the page has no #root element');
    const router = createAppRouter();
    createRoot(root).render(<App router={router} />);
    // The cloud (MSW) and the emulator API start beside the first render.
    bootEmulator(router).catch(failPhoneEmulatorBoot);
  } catch (e) {
    failPhoneEmulatorBoot(e);
    throw e;
  }
});
