import type { Plugin } from 'vite';

interface ChunkLike {
  type: 'chunk' | 'asset';
  fileName: string;
  moduleIds?: string[];
  imports?: string[];
}

/**
 * The app's JavaScript runs after the static phone shell has painted (src/main.tsx), but the
 * browser can fetch and compile it while that first frame paints: this adds a
 * `<link rel="modulepreload">` for the chunk holding `entry` and the chunks it imports statically.
 * Fetching does not block the paint; running it is still up to main.tsx.
 */
export function preloadAppChunk(entry: RegExp): Plugin {
  return {
    name: 'preload-app-chunk',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const bundle = (ctx.bundle ?? {}) as Record<string, ChunkLike>;
        const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
        const app = chunks.find((c) => c.moduleIds?.some((id) => entry.test(id)));
        if (!app) throw new Error(`preload-app-chunk: no chunk for ${entry}`);
        const files = new Set<string>();
        const visit = (fileName: string) => {
          if (files.has(fileName)) return;
          files.add(fileName);
          for (const dep of bundle[fileName]?.imports ?? []) visit(dep);
        };
        visit(app.fileName);
        return [...files]
          .filter((file) => !html.includes(`/${file}"`)) // Vite already preloads the entry's own imports
          .map((file) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `/${file}` },
            injectTo: 'head' as const,
          }));
      },
    },
  };
}
