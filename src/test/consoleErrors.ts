import { afterEach, beforeEach } from 'vitest';

/**
 * A `console.error` fails the test that made it (issue 16), unless the test declared it first with
 * `expectConsoleError(pattern)`; a declared pattern must then be seen at least once.
 */
let seen: string[] = [];
let expected: RegExp[] = [];

const describe = (value: unknown): string =>
  value instanceof Error ? (value.stack ?? value.message) : typeof value === 'string' ? value : String(value);

export function expectConsoleError(pattern: RegExp): void {
  expected.push(pattern);
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
    const unexpected = seen.filter((text) => !expected.some((p) => p.test(text)));
    const missing = expected.filter((p) => !seen.some((text) => p.test(text)));
    const problems = [
      ...unexpected.map((text) => `unexpected console.error: ${text.split('\n')[0]}`),
      ...missing.map((p) => `a console.error the test declared never came: ${p}`),
    ];
    if (problems.length > 0) throw new Error(problems.join('\n'));
  });
}
