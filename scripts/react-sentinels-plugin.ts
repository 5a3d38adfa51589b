import type { Plugin } from 'vite';

/**
 * The errors react-dom's production build makes once, when it loads, and throws or compares by
 * identity later (SuspenseException and its kin). They are never shown: React catches them.
 */
export const REACT_SENTINELS = [
  'HydrationMismatchException',
  'SuspenseException',
  'SuspenseyCommitException',
  'SuspenseActionException',
  'SelectiveHydrationException',
] as const;

const SENTINEL = new RegExp(
  `\\b(${REACT_SENTINELS.join('|')}) = Error\\(formatProdErrorMessage\\((\\d+)\\)\\)`,
  'g',
);

/**
 * Makes react-dom's sentinel errors as plain objects that inherit from `Error.prototype`, with the
 * same message and identity, instead of with `Error()`.
 *
 * Why: under DevTools or Playwright, V8 records the stack of every error made, with source
 * positions. These five are made while react-dom's whole module and the app's chunk are on the
 * stack, and V8 parses both again to find those positions: 100 to 200 ms of main thread on this
 * machine, on every load the QA tests and the bench drive. The objects have no `stack`, which React
 * never reads from them.
 */
export function stacklessReactSentinels(code: string): { code: string; replaced: string[] } {
  const replaced: string[] = [];
  const out = code.replace(SENTINEL, (_match, name: string, errorCode: string) => {
    replaced.push(name);
    return `${name} = /*#__PURE__*/ Object.assign(Object.create(Error.prototype), { message: formatProdErrorMessage(${errorCode}) })`;
  });
  return { code: out, replaced };
}

/** Applies `stacklessReactSentinels` to react-dom's production client when the app is built. */
export function reactSentinels(): Plugin {
  return {
    name: 'react-sentinels',
    apply: 'build',
    transform(code, id) {
      if (!/[\\/]react-dom[\\/]cjs[\\/]react-dom-client\.production\.js$/.test(id)) return null;
      const result = stacklessReactSentinels(code);
      const missing = REACT_SENTINELS.filter((name) => !result.replaced.includes(name));
      // A React upgrade that renamed them: the app still works, only loads slower under DevTools.
      if (missing.length > 0) this.warn(`react-sentinels: not found in react-dom: ${missing.join(', ')}`);
      return { code: result.code, map: null };
    },
  };
}
