import { createHash, randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Connect, Plugin } from 'vite';

/**
 * The app's Content-Security-Policy, written once: its own scripts, styles, service worker (the
 * simulated cloud) and connections, plus the inline scripts of index.html by hash (the theme
 * painted before the bundles load, and `window.phoneEmulator`).
 */
export function policyFor(html: string, extra: { styleNonce?: string } = {}): string {
  const inline = [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)].filter(
    (m) => !/\ssrc=/.test(m[1] ?? ''),
  );
  const hashes = inline.map(
    (m) =>
      `'sha256-${createHash('sha256')
        .update(m[2] ?? '')
        .digest('base64')}'`,
  );
  const nonce = extra.styleNonce ? ` 'nonce-${extra.styleNonce}'` : '';
  return [
    "default-src 'self'",
    `script-src 'self' ${hashes.join(' ')}`,
    `style-src 'self'${nonce}`,
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
  ].join('; ');
}

/**
 * As a header, the policy also forbids framing the app: `frame-ancestors` works only there (a
 * browser ignores it in a meta element, and says so in the console).
 */
export const headerPolicy = (policy: string) => `${policy}; frame-ancestors 'none'`;

const setHeader =
  (policy: () => string | null): Connect.NextHandleFunction =>
  (_req, res, next) => {
    const value = policy();
    if (value) res.setHeader('Content-Security-Policy', headerPolicy(value));
    next();
  };

/**
 * Puts the policy in the production index.html (a meta element, for any static host), and sends
 * it as a header from `npm start` (Vite's dev server) and `vite preview`, with frame-ancestors.
 * The dev server adds its own styles to the page as it goes: they carry a nonce made when it
 * starts (Vite's `html.cspNonce`), which only the dev server's policy names.
 */
export function contentSecurityPolicy(): Plugin {
  const devNonce = randomBytes(18).toString('base64url');
  let devPolicy: string | null = null;
  let outDir = 'dist';
  return {
    name: 'content-security-policy',
    config(_config, { command }) {
      return command === 'serve' ? { html: { cspNonce: devNonce } } : undefined;
    },
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (ctx.server) {
          devPolicy = policyFor(html, { styleNonce: devNonce });
          return html;
        }
        return html.replace(
          '<head>',
          `<head>\n    <meta http-equiv="Content-Security-Policy" content="${policyFor(html)}" />`,
        );
      },
    },
    async configureServer(server) {
      // Made before the first request, from the page the dev server sends.
      const raw = await readFile(resolve(server.config.root, 'index.html'), 'utf8');
      await server.transformIndexHtml('/', raw);
      server.middlewares.use(setHeader(() => devPolicy));
    },
    async configurePreviewServer(server) {
      // The policy of the build being served: the one its index.html carries.
      const html = await readFile(resolve(outDir, 'index.html'), 'utf8').catch(() => '');
      const policy = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? null;
      server.middlewares.use(setHeader(() => policy));
    },
  };
}
