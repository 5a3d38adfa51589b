import { config } from 'zod';

// The production Content-Security-Policy forbids eval, so zod's compiled parsers cannot run there;
// saying so up front stops zod probing with `new Function` (a CSP violation report on every load).
// It must run before any schema is built: start.tsx imports this module first.
config({ jitless: true });
