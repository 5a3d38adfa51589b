// Every measurement the bench runs, in order (later ones may read earlier figures through
// ctx.value(id)). To add a row: write scripts/bench/<name>.mjs exporting a Measurement
// (see types.d.ts and bare-page.mjs) and append it here.
import barePage from './bare-page.mjs';
import emulatorLoad from './emulator-load.mjs';
import jsSize from './js-size.mjs';
import scenarioLoad from './scenario-load.mjs';
import backupHeavy from './backup-heavy.mjs';
import restoreHeavy from './restore-heavy.mjs';

/** @type {import('./types.js').Measurement[]} */
export const measurements = [barePage, emulatorLoad, jsSize, scenarioLoad, backupHeavy, restoreHeavy];
measurements.push((await import('./motion.mjs')).default); // Metro motion (issue #19)
