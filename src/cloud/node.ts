import { setupServer } from 'msw/node';
import { setCloudSeed } from './db';
import { cloudHandlers } from './handlers';
import { seedDemoAccount } from './seed';

setCloudSeed(seedDemoAccount);
/** The same handlers as the browser, for Vitest. */
export const server = setupServer(...cloudHandlers);
