import type { Plugin } from 'vite';

/**
 * Adds `<link rel="preload" as="font">` to the production index.html for the bundled font files
 * whose names match `files` (the Latin subset of the weights the first screen uses), so they
 * download beside the CSS and the first screen draws in its own typeface, with no swap.
 */
export function preloadFonts(files: RegExp): Plugin {
  return {
    name: 'preload-fonts',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const names = Object.keys(ctx.bundle ?? {}).filter((name) => files.test(name));
        if (names.length === 0) throw new Error(`preload-fonts: no bundled font matches ${files}`);
        return names.sort().map((name) => ({
          tag: 'link',
          attrs: { rel: 'preload', as: 'font', type: 'font/woff2', crossorigin: true, href: `/${name}` },
          injectTo: 'head' as const,
        }));
      },
    },
  };
}
