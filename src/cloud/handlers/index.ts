import { authHandlers } from './auth';
import { backupHandlers } from './backups';
import { messageHandlers } from './messages';
import { passwordResetHandlers } from './passwordReset';
import { storageHandlers } from './storage';

/** The whole cloud, shared by the browser worker (browser.ts) and Node tests (node.ts). */
export const cloudHandlers = [
  ...authHandlers,
  ...passwordResetHandlers,
  ...backupHandlers,
  ...messageHandlers,
  ...storageHandlers,
];
