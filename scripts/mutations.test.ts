// @vitest-environment node
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * Keeps the mutation catalogue (scripts/mutations.json, run by `npm run mutations`) honest without
 * running it: every row of docs/reliability.md has a mutation, every mutation can be applied, and
 * the test named to kill it exists. Whether each is killed is what `npm run mutations` says.
 */
interface Mutation {
  row: string;
  what: string;
  file: string;
  find: string;
  replace: string;
  runner: 'vitest' | 'e2e';
  test: string;
  title: string;
}

const read = (path: string) => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8');
const exists = (path: string) => existsSync(new URL(`../${path}`, import.meta.url));
const catalogue = JSON.parse(read('scripts/mutations.json')) as Mutation[];

/** The rows of docs/reliability.md's tables whose first column is `Row`: id → the row's text. */
function docRows(): Map<string, string> {
  const rows = new Map<string, string>();
  let inTable = false;
  for (const line of read('docs/reliability.md').split('\n')) {
    if (!line.startsWith('|')) {
      inTable = false;
      continue;
    }
    const first = line.split('|')[1]!.trim();
    if (/^-+$/.test(first)) continue;
    if (first === 'Row') inTable = true;
    else if (inTable) rows.set(first, line);
  }
  return rows;
}

describe('the mutation catalogue', () => {
  const rows = docRows();

  it('has a mutation for every row of docs/reliability.md, and names no other row', () => {
    expect(rows.size).toBeGreaterThan(40);
    expect(new Set(catalogue.map((m) => m.row))).toEqual(new Set(rows.keys()));
  });

  it.each(catalogue.map((m) => [m.row, m.what, m] as const))(
    '%s: %s',
    (row, what, { file, find, replace, runner, test, title }) => {
      // The mutation applies to exactly one place, and changes one line into at most one line.
      expect(exists(file), file).toBe(true);
      expect(read(file).split(find).length - 1, `"${find}" in ${file}`).toBe(1);
      expect(replace).not.toBe(find);
      expect(replace).not.toContain('\n');
      // The killing test is there, under the runner that runs it.
      expect(test).toMatch(runner === 'e2e' ? /^e2e\/.+\.spec\.ts$/ : /^(src|scripts)\/.+\.test\.tsx?$/);
      expect(exists(test), test).toBe(true);
      expect(read(test), `the title in ${test}`).toContain(title);
      // The row of the doc says what the mutation is and names the test that kills it.
      const line = rows.get(row) ?? '';
      expect(line, `the Mutation column of ${row}`).toContain(what);
      expect(line, `the test of ${row}`).toContain(test);
    },
  );
});
