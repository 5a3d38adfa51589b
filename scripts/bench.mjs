// Performance bench: node scripts/bench.mjs [--runs=N] [--only=id,id]
// Expects dist/ to be built (`npm run bench` builds it first), or BENCH_DIST=/path/to/a/build.
// Runs every measurement of scripts/bench/index.mjs in headless Chromium, prints one table,
// writes bench-results.json (or the file BENCH_RESULTS names). A time is judged on its ratio to
// the first contentful paint of a bare React page loaded just before each run (context.mjs).
// A measurement that throws shows `error: …` in its row; the others still run.
// Exit code: 1 if any row failed its target or could not be measured, else 0.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { measurements } from './bench/index.mjs';
import { createContext, ROOT } from './bench/context.mjs';
import { resolveChromium } from './chromium.mjs';

function usage(problem) {
  console.error(`bench: ${problem}`);
  console.error('usage: node scripts/bench.mjs [--runs=N] [--only=id,id]');
  console.error(`measurements: ${measurements.map((m) => m.id).join(', ')}`);
  process.exit(2);
}

let args;
try {
  ({ values: args } = parseArgs({
    options: { runs: { type: 'string', default: '9' }, only: { type: 'string' } },
  }));
} catch (error) {
  usage(error instanceof Error ? error.message : String(error));
}
const runs = Number(args.runs);
if (!Number.isInteger(runs) || runs < 1) usage(`--runs must be a positive integer, got ${args.runs}`);
const only = args.only?.split(',').map((s) => s.trim());
const selected = only ? measurements.filter((m) => only.includes(m.id)) : measurements;
if (only && selected.length !== only.length) usage(`unknown measurement in --only=${args.only}`);

const message = (error) => (error instanceof Error ? error.message : String(error)).split('\n')[0];

const ctx = createContext({ runs });
const rows = [];
try {
  for (const m of selected) {
    const started = performance.now();
    process.stderr.write(`bench: ${m.title}… `);
    try {
      const got = await m.run(ctx);
      rows.push(...got);
      process.stderr.write(`${((performance.now() - started) / 1000).toFixed(1)} s\n`);
    } catch (error) {
      rows.push({ id: m.id, figure: m.title, error });
      process.stderr.write(`error\n`);
    }
  }
} finally {
  await ctx.close();
}

function formatValue(row) {
  if (row.error !== undefined) return `error: ${message(row.error)}`;
  if (typeof row.value !== 'number') return String(row.value ?? '');
  return `${row.value.toFixed(row.unit === 'KB' ? 1 : 0)}${row.unit ? ` ${row.unit}` : ''}`;
}
const result = (row) =>
  row.error !== undefined ? 'error' : row.pass === undefined ? '' : row.pass ? 'pass' : 'FAIL';
const ms = (value) => (value === undefined ? '' : `${value.toFixed(0)} ms`);

const table = [
  ['figure', 'value', 'bare FCP', 'ratio', 'target', 'result'],
  ...rows.map((r) => [
    r.figure,
    formatValue(r),
    ms(r.bareFcp),
    r.ratio === undefined ? '' : `${r.ratio.toFixed(2)}x`,
    r.target ?? '',
    result(r),
  ]),
];
const widths = table[0].map((_, i) => Math.max(...table.map((line) => line[i].length)));
const line = (cells) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
console.log('');
console.log(
  `bench: median of ${runs} run${runs === 1 ? '' : 's'} per figure (scenarios: at least 5; backup, restore: 5 to 7), headless Chromium (${resolveChromium().path ?? 'none'})`,
);
console.log(
  'Each timed run is paired with a load of the bare React page just before it: bare FCP is the median of those loads, ratio the median of each time / its bare FCP.',
);
console.log(line(table[0]));
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const cells of table.slice(1)) console.log(line(cells));

const failed = rows.filter((r) => r.error !== undefined || r.pass === false);
const out = process.env.BENCH_RESULTS ?? join(ROOT, 'bench-results.json');
writeFileSync(
  out,
  JSON.stringify(
    {
      date: new Date().toISOString(),
      node: process.version,
      chromium: resolveChromium().path ?? null,
      runs,
      rows: rows.map((r) => ({
        id: r.id,
        figure: r.figure,
        value: r.value ?? null,
        unit: r.unit ?? null,
        bareFcp: r.bareFcp ?? null,
        ratio: r.ratio ?? null,
        target: r.target ?? null,
        pass: r.error !== undefined ? false : (r.pass ?? null),
        error: r.error !== undefined ? message(r.error) : null,
      })),
    },
    null,
    2,
  ) + '\n',
);
console.log('');
console.log(
  `${failed.length === 0 ? 'all targets met' : `${failed.length} figure(s) failed or errored`}; results in ${out}`,
);
process.exitCode = failed.length === 0 ? 0 : 1;
