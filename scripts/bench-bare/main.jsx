// The bench's baseline: the smallest React 19 page, built by the same Vite as the emulator.
import { createRoot } from 'react-dom/client';

createRoot(document.getElementById('root')).render(<h1>bare React page</h1>);
