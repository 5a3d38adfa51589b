// Every measurement the bench runs, in order. To add a row: write scripts/bench/<name>.mjs
// exporting a Measurement (see types.d.ts and backup-heavy.mjs) and append it here.
import emulatorLoad from './emulator-load.mjs';
import jsSize from './js-size.mjs';
import scenarioLoad from './scenario-load.mjs';
import backupHeavy from './backup-heavy.mjs';
import restoreHeavy from './restore-heavy.mjs';
import motion from './motion.mjs';

/** @type {import('./types.js').Measurement[]} */
export const measurements = [emulatorLoad, jsSize, scenarioLoad, backupHeavy, restoreHeavy, motion];
