// How much JavaScript the first load fetches (gzip): the entry and every chunk index.html
// preloads (the app, fetched while the shell paints), against the cloud chunk (MSW and its
// handlers) that should come later.
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { DIST } from './context.mjs';

const INITIAL_TARGET_KB = 150;

const gzipKB = (file) => gzipSync(readFileSync(file), { level: 9 }).length / 1024;

/** The JS files dist/index.html loads up front: its module scripts and modulepreload links. */
export function initialScripts(html) {
  const files = new Set();
  for (const tag of html.match(/<(script|link)\b[^>]*>/gi) ?? []) {
    const attr = (name) => tag.match(new RegExp(`\\b${name}\\s*=\\s*["']([^"']*)["']`, 'i'))?.[1];
    const isModuleScript = /^<script/i.test(tag) && attr('type') === 'module' && attr('src');
    const isPreload = /^<link/i.test(tag) && attr('rel') === 'modulepreload' && attr('href');
    const src = isModuleScript ? attr('src') : isPreload ? attr('href') : undefined;
    if (src && !/^[a-z]+:\/\//i.test(src)) files.add(src.replace(/^\.?\//, ''));
  }
  return [...files];
}

/** @type {import('./types.js').Measurement} */
export default {
  id: 'js-size',
  title: 'JavaScript size',
  async run() {
    const html = readFileSync(join(DIST, 'index.html'), 'utf8');
    const initial = initialScripts(html);
    if (initial.length === 0) throw new Error('dist/index.html loads no module script');
    const initialKB = initial.reduce((sum, f) => sum + gzipKB(join(DIST, f)), 0);
    const rows = [
      {
        id: 'js.initial',
        figure: `initial JS, gzip (${initial.length} file${initial.length === 1 ? '' : 's'})`,
        value: initialKB,
        unit: 'KB',
        target: `≤ ${INITIAL_TARGET_KB} KB`,
        pass: initialKB <= INITIAL_TARGET_KB,
      },
    ];
    const msw = readdirSync(join(DIST, 'assets')).filter((f) => /^cloud-.*\.js$/.test(f));
    if (msw.length === 0) {
      rows.push({
        id: 'js.msw',
        figure: 'cloud (MSW) chunk, gzip',
        error: new Error('no dist/assets/cloud-*.js chunk'),
      });
    } else {
      const mswKB = msw.reduce((sum, f) => sum + gzipKB(join(DIST, 'assets', f)), 0);
      const preloaded = initial.some((f) => msw.some((m) => f.endsWith(m)));
      rows.push({
        id: 'js.msw',
        figure: 'cloud (MSW) chunk, gzip (loaded after first paint)',
        value: mswKB,
        unit: 'KB',
        target: 'not in initial JS',
        pass: !preloaded,
      });
    }
    return rows;
  },
};
