performance.mark('app:evaluated');
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { bootEmulator } from '../emulator/boot';

const root = document.getElementById('root');
if (!root) throw new Error('No #root element');
createRoot(root).render(<App />);
// The cloud (MSW) and the emulator API start beside the first render.
void bootEmulator();
