import { authHandlers } from './auth';
import { backupHandlers } from './backups';
import { messageHandlers } from './messages';
import { storageHandlers } from './storage';

/**
 * The whole cloud, shared by the browser worker (browser.ts) and Node tests (node.ts).
 *
 * Built when the cloud starts, not when its chunk loads: MSW records where each handler was made
 * with `new Error()`, and under DevTools or Playwright an error made while a chunk's top level is
 * on the stack makes V8 parse that whole chunk again for its source positions (tens of ms).
 */
export const cloudHandlers = () => [
  ...authHandlers(),
  ...backupHandlers(),
  ...messageHandlers(),
  ...storageHandlers(),
];
