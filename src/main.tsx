import './styles.css';

// The static phone shell in index.html paints first; the app's JavaScript runs after that frame.
requestAnimationFrame(() => setTimeout(() => void import('./app/start'), 0));
