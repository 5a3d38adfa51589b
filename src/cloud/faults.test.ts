import { afterEach, describe, expect, it } from 'vitest';
import { checkFaultSpec, cloudConfig } from './faults';

afterEach(() => cloudConfig.clear());

describe('fault specs', () => {
  it('takes a valid fault, once by default or until cleared', () => {
    expect(checkFaultSpec({ kind: 'upload', error: 'timeout' })).toEqual({
      kind: 'upload',
      error: 'timeout',
    });
    cloudConfig.inject({ kind: 'commit', error: 'server-error', times: 'always' });
    cloudConfig.inject({ kind: 'upload', error: 'quota-full', times: 2 });
    expect(cloudConfig.faults().map((f) => [f.kind, f.remaining])).toEqual([
      ['commit', 'always'],
      ['upload', 2],
    ]);
  });

  it.each([
    [null, /Unknown fault kind undefined/],
    [{ kind: 'reboot', error: 'timeout' }, /Unknown fault kind "reboot": use sign-in, send-code/],
    [
      { kind: 'upload', error: 'flood' },
      /Unknown fault error "flood": use server-error, timeout, quota-full/,
    ],
    [{ kind: 'upload', error: 'timeout', times: 0 }, /whole number above 0 or 'always', not 0/],
    [{ kind: 'upload', error: 'timeout', times: 1.5 }, /not 1.5/],
    [{ kind: 'upload', error: 'timeout', times: 'forever' }, /not "forever"/],
  ])('refuses %j with a clear message and adds nothing', (spec, message) => {
    expect(() => cloudConfig.inject(spec as never)).toThrow(message);
    expect(cloudConfig.faults()).toEqual([]);
  });
});
