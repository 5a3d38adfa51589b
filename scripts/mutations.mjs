// npm run mutations [-- words…] [--baseline]
//
// Each claim of docs/reliability.md has a one-line change to the code that must make its test fail
// (scripts/mutations.json). This applies each mutation to the working tree, runs the named test,
// and puts the file back: "killed" when the test failed, "SURVIVED" when it still passed (the test
// is too weak), "ERROR" when the mutation could not be tried. Words select entries by row
// ("fault", "finding 1"), or by runner ("vitest", "e2e"). --baseline runs the tests without any
// mutation: each must pass. Exits 1 unless every entry was killed (or, with --baseline, passed).
//
// e2e entries build the mutated app into a directory of their own (dist/ stays as it was) and run
// Playwright against it on a port of their own, beside whatever else is running.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
process.chdir(root);
const catalogue = JSON.parse(readFileSync('scripts/mutations.json', 'utf8'));
const args = process.argv.slice(2);
const baseline = args.includes('--baseline');
const words = args.filter((a) => !a.startsWith('--')).map((w) => w.toLowerCase());
/** "fault 1" is fault 1 only, "fault" every fault, "low" every Low item. */
const names = (row, w) => row.startsWith(w) && !/[0-9a-z]/i.test(row[w.length] ?? '');
const selected = catalogue.filter(
  (m) => words.length === 0 || words.some((w) => names(m.row.toLowerCase(), w) || m.runner === w),
);

const work = mkdtempSync(join(tmpdir(), 'mutations-'));
const bin = (name) => join(root, 'node_modules/.bin', name);
const E2E_PORT = process.env.E2E_PORT ?? '4179';

// The original of the file being mutated is kept on disk too, so that a run killed outright
// (SIGKILL, a crash of the machine) is undone by the next run before anything else.
const journal = join(
  tmpdir(),
  `mutations-${createHash('sha256').update(root).digest('hex').slice(0, 12)}.json`,
);
let mutated = null;
function restore() {
  if (!mutated) return;
  writeFileSync(mutated.file, mutated.original);
  rmSync(journal, { force: true });
  mutated = null;
}
if (existsSync(journal)) {
  const left = JSON.parse(readFileSync(journal, 'utf8'));
  writeFileSync(left.file, left.original);
  rmSync(journal);
  console.log(`restored ${left.file}, left mutated by an interrupted run`);
}

let child = null;
process.on('exit', restore);
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    if (child) process.kill(-child.pid, 'SIGTERM');
    restore();
    rmSync(work, { recursive: true, force: true });
    console.log(`\n${signal}: stopped; the tree is as it was`);
    process.exit(130);
  });
}

/** Runs a command in a process group of its own (so that an interrupt ends all of it). */
function run(command, commandArgs, env = {}) {
  return new Promise((resolve) => {
    let output = '';
    // Without colours: the reports' messages are read as plain text.
    const plain = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ...env };
    child = spawn(command, commandArgs, { env: plain, detached: true });
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (code) => {
      child = null;
      resolve({ code, output });
    });
  });
}

const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Colour codes, which Playwright's messages keep whatever NO_COLOR says. */
const colours = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');
const firstLine = (text) =>
  (text ?? '')
    .replace(colours, '')
    .split('\n')
    .find((l) => l.trim())
    ?.trim()
    .slice(0, 120) ?? '';
const readJson = (path) => (existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null);

/** The named Vitest test: how many ran, how many failed, and the first failure. */
async function vitest(m) {
  const out = join(work, 'vitest.json');
  rmSync(out, { force: true });
  const { output } = await run(bin('vitest'), [
    'run',
    m.test,
    '-t',
    escapeRegExp(m.title),
    '--reporter=json',
    `--outputFile=${out}`,
  ]);
  const report = readJson(out);
  if (!report) return { error: `no report from Vitest: ${firstLine(output)}` };
  const broken = report.testResults.find((f) => f.status === 'failed' && f.assertionResults.length === 0);
  if (broken) return { error: `the test file did not run: ${firstLine(broken.message)}` };
  const failures = report.testResults.flatMap((f) => f.assertionResults.filter((a) => a.status === 'failed'));
  const why = firstLine(failures[0]?.failureMessages[0]);
  return {
    ran: report.numPassedTests + report.numFailedTests,
    failed: report.numFailedTests,
    // The JSON report keeps no message for a test that ran out of time.
    why:
      why === 'Error: STACK_TRACE_ERROR' ? `timed out (${Math.round(failures[0].duration / 1000)} s)` : why,
  };
}

/** The named Playwright test, against a build of the tree as it is now. */
async function e2e(m) {
  const dist = join(work, 'dist');
  const build = await run(bin('vite'), ['build', '--outDir', dist, '--emptyOutDir', '--logLevel', 'error']);
  if (build.code !== 0) return { error: `the build failed: ${firstLine(build.output)}` };
  const out = join(work, 'playwright.json');
  rmSync(out, { force: true });
  const { output } = await run(
    bin('playwright'),
    ['test', m.test, '-g', escapeRegExp(m.title), '--reporter=json', `--output=${join(work, 'results')}`],
    { E2E_DIST: dist, E2E_PORT, PLAYWRIGHT_JSON_OUTPUT_NAME: out },
  );
  const report = readJson(out);
  if (!report) return { error: `no report from Playwright: ${firstLine(output)}` };
  if (report.errors?.length)
    return { error: `Playwright could not run: ${firstLine(report.errors[0].message)}` };
  const tests = [];
  const walk = (suite) => {
    for (const spec of suite.specs ?? []) tests.push(...spec.tests);
    for (const inner of suite.suites ?? []) walk(inner);
  };
  report.suites.forEach(walk);
  const failures = tests.flatMap((t) => t.results.flatMap((r) => r.errors ?? []));
  const { expected, unexpected } = report.stats;
  return { ran: expected + unexpected, failed: unexpected, why: firstLine(failures[0]?.message) };
}

/** Applies the mutation (the file is put back by restore()); an error message when it cannot. */
function apply(m) {
  if (!existsSync(m.file)) return `${m.file} does not exist`;
  const original = readFileSync(m.file, 'utf8');
  const times = original.split(m.find).length - 1;
  if (times !== 1) return `"${m.find}" is in ${m.file} ${times} times, not once`;
  writeFileSync(journal, JSON.stringify({ file: m.file, original }));
  mutated = { file: m.file, original };
  writeFileSync(
    m.file,
    original.replace(m.find, () => m.replace),
  );
  return null;
}

async function tryOne(m) {
  const problem = baseline ? null : apply(m);
  if (problem) return { verdict: 'ERROR', note: problem };
  try {
    const result = await (m.runner === 'e2e' ? e2e(m) : vitest(m));
    if (result.error) return { verdict: 'ERROR', note: result.error };
    if (result.ran === 0) return { verdict: 'ERROR', note: `no test is named "${m.title}" in ${m.test}` };
    if (baseline) return result.failed > 0 ? { verdict: 'FAILED', note: result.why } : { verdict: 'passed' };
    return result.failed > 0 ? { verdict: 'killed', note: result.why } : { verdict: 'SURVIVED' };
  } finally {
    restore();
  }
}

const started = Date.now();
const tally = {};
console.log(`${baseline ? 'baseline' : 'mutations'}: ${selected.length} of ${catalogue.length} entries`);
for (const m of selected) {
  const t0 = Date.now();
  const { verdict, note } = await tryOne(m);
  tally[verdict] = (tally[verdict] ?? 0) + 1;
  const seconds = ((Date.now() - t0) / 1000).toFixed(0).padStart(4);
  console.log(`${m.row.padEnd(46)} ${verdict.padEnd(8)} ${seconds} s${note ? `  ${note}` : ''}`);
}
rmSync(work, { recursive: true, force: true });
const good = baseline ? 'passed' : 'killed';
const minutes = ((Date.now() - started) / 60000).toFixed(1);
const summary = Object.entries(tally).map(([verdict, n]) => `${n} ${verdict}`);
console.log(
  `total: ${tally[good] ?? 0}/${selected.length} ${good} (${summary.join(', ')}) in ${minutes} min`,
);
process.exit((tally[good] ?? 0) === selected.length ? 0 : 1);
