import * as z from 'zod/mini';
import { en } from 'zod/locales';

// zod/mini: the schemas are plain functions, so the bundle keeps only those the app uses.
// The production Content-Security-Policy forbids eval, so zod's compiled parsers cannot run; saying
// so up front stops zod probing with `new Function`, which would report a CSP violation. Its
// messages are the English ones.
z.config({ ...en(), jitless: true });

export { z };
