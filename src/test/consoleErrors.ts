import { afterEach, beforeEach } from 'vitest';

/**
 * A `console.error` fails the test that made it (issue 16), unless the test declared it first with
 * `expectConsoleError(pattern)`; a declared pattern must then be seen at least once.
 */
let seen: string[] = [];
let expected: RegExp[] = [];

export function expectConsoleError(pattern: RegExp): void {
  expected.push(pattern);
}

const describe = (value: unknown): string =>
  value instanceof Error ? (value.stack ?? value.message) : typeof value === 'string' ? value : String(value);

/** What fails a test: errors nobody declared, and declared ones that never came. */
export function consoleProblems(errors: readonly string[], declared: readonly RegExp[]): string[] {
  const unexpected = errors.filter((text) => !declared.some((p) => p.test(text)));
  const missing = declared.filter((p) => !errors.some((text) => p.test(text)));
  return [
    ...unexpected.map((text) => `unexpected console.error: ${text.split('\n')[0]}`),
    ...missing.map((p) => `a console.error the test declared never came: ${p}`),
  ];
}

export function failOnConsoleError(): void {
  const original = console.error;
  beforeEach(() => {
    seen = [];
    expected = [];
    console.error = (...args: unknown[]) => {
      const text = args.map(describe).join(' ');
      seen.push(text);
      if (!expected.some((p) => p.test(text))) original(...args);
    };
  });
  afterEach(() => {
    console.error = original;
    const problems = consoleProblems(seen, expected);
    if (problems.length > 0) throw new Error(problems.join('\n'));
  });
}
