import { consoleProblems, expectConsoleError } from './consoleErrors';

describe('console.error in unit tests', () => {
  it('a console.error nobody declared is a problem; a declared one is not', () => {
    expect(consoleProblems(['boom'], [])).toEqual(['unexpected console.error: boom']);
    expect(consoleProblems(['boom'], [/boom/])).toEqual([]);
  });

  it('a declared console.error that never comes is a problem too', () => {
    expect(consoleProblems([], [/boom/])).toEqual(['a console.error the test declared never came: /boom/']);
  });

  it('lets a test that declared it log one (the setup checks after the test)', () => {
    expectConsoleError(/^expected: the test said so$/);
    console.error('expected: the test said so');
  });
});
