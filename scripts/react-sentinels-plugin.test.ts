import { describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { REACT_SENTINELS, stacklessReactSentinels } from './react-sentinels-plugin';

const require = createRequire(import.meta.url);
// The packages' `exports` hide their builds: reach them by path.
const file = (pkg: string, path: string) => join(dirname(require.resolve(`${pkg}/package.json`)), path);
const REACT_DOM_CLIENT = file('react-dom', 'cjs/react-dom-client.production.js');

/** The production builds, as the app's bundle has them. */
const PRODUCTION: Record<string, string> = {
  react: file('react', 'cjs/react.production.js'),
  scheduler: file('scheduler', 'cjs/scheduler.production.js'),
  'react-dom': file('react-dom', 'cjs/react-dom.production.js'),
};

type ReactProd = typeof import('react');
type ReactDomClient = typeof import('react-dom/client');

const requireProduction = (id: string): unknown => require(PRODUCTION[id] ?? id);

/**
 * Evaluates react-dom's client (as the plugin changes it, unless `patched` is false) over
 * production React, and counts the errors it makes while it loads.
 */
function loadReactDom(patched = true) {
  const source = readFileSync(REACT_DOM_CLIENT, 'utf8');
  const code = patched ? stacklessReactSentinels(source).code : source;
  const module = { exports: {} as ReactDomClient };
  let errorsMade = 0;
  const CountingError = new Proxy(Error, {
    apply: (target, self, args: unknown[]) => {
      errorsMade++;
      return Reflect.apply(target, self, args) as Error;
    },
    construct: (target, args: unknown[]) => {
      errorsMade++;
      return Reflect.construct(target, args) as object;
    },
  });
  new Function('module', 'exports', 'require', 'Error', code)(
    module,
    module.exports,
    requireProduction,
    CountingError,
  );
  return { React: requireProduction('react') as ReactProd, client: module.exports, errorsMade };
}

describe('react-sentinels plugin', () => {
  it('finds every sentinel error in the installed react-dom', () => {
    const { code, replaced } = stacklessReactSentinels(readFileSync(REACT_DOM_CLIENT, 'utf8'));
    expect([...replaced].sort()).toEqual([...REACT_SENTINELS].sort());
    for (const name of REACT_SENTINELS) expect(code).not.toMatch(new RegExp(`${name} = Error\\(`));
  });

  it('leaves the rest of the code alone', () => {
    const code =
      'var x = Error(formatProdErrorMessage(418)); SuspenseException = Error(formatProdErrorMessage(460));';
    const result = stacklessReactSentinels(code);
    expect(result.replaced).toEqual(['SuspenseException']);
    expect(result.code).toContain('var x = Error(formatProdErrorMessage(418));');
    expect(result.code).toContain(
      'SuspenseException = /*#__PURE__*/ Object.assign(Object.create(Error.prototype), { message: formatProdErrorMessage(460) })',
    );
  });

  it('makes no error while react-dom loads, where the original makes one per sentinel', () => {
    expect(loadReactDom(false).errorsMade).toBe(REACT_SENTINELS.length);
    expect(loadReactDom().errorsMade).toBe(0);
  });

  it('keeps suspending with use() working in the patched react-dom', async () => {
    const { React, client } = loadReactDom();
    let resolve!: (text: string) => void;
    const text = new Promise<string>((r) => (resolve = r));
    const Text = () => React.use(text);
    const container = document.createElement('div');
    const root = client.createRoot(container);
    root.render(React.createElement(React.Suspense, { fallback: 'loading' }, React.createElement(Text)));
    await vi.waitFor(() => expect(container.textContent).toBe('loading'));
    resolve('loaded');
    await vi.waitFor(() => expect(container.textContent).toBe('loaded'));
    root.unmount();
  });
});
