import './styles.css';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { bootEmulator } from './emulator/boot';

const root = document.getElementById('root');
if (!root) throw new Error('No #root element');
createRoot(root).render(<App />);
// The cloud (MSW) and the emulator API start after the shell has painted.
void bootEmulator();
