import readme from '../../README.md?raw';
import { phoneEmulatorMethods } from './phoneEmulatorStub';

/**
 * The README shows the PhoneEmulator interface for readers; src/emulator/phoneEmulator.ts is the
 * one definition. The README's copy must name every method of it and nothing else.
 */
describe("the README's window.phoneEmulator", () => {
  const block = /```ts\ninterface PhoneEmulator \{\n([\s\S]*?)\n\}\n/.exec(readme)?.[1] ?? '';
  const clockBlock = /\n {2}clock: \{\n([\s\S]*?)\n {2}\};/.exec(block)?.[1] ?? '';
  const outside = block.replace(clockBlock, '');
  const names = (text: string, indent: number) =>
    [...text.matchAll(new RegExp(`^ {${indent}}([a-zA-Z]+)\\(`, 'gm'))].map((m) => m[1]).sort();

  it('lists every method of the contract, and no other', () => {
    expect(block).not.toBe('');
    expect(names(outside, 2)).toEqual([...phoneEmulatorMethods.methods].sort());
    expect(names(clockBlock, 4)).toEqual([...phoneEmulatorMethods.clockMethods].sort());
  });
});
