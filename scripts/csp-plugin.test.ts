// @vitest-environment node
import { createServer } from 'vite';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from './csp-plugin.ts';

/**
 * `npm start` sends the app's policy as a header, frame-ancestors included (e2e/stored-data.spec.ts
 * checks `vite preview`, against the production build).
 */
describe('the Content-Security-Policy of the dev server', () => {
  it('is sent as a header with every page, and forbids framing', async () => {
    const server = await createServer({
      configFile: false,
      root: new URL('..', import.meta.url).pathname,
      logLevel: 'silent',
      server: { port: 0, host: '127.0.0.1', hmr: false },
      plugins: [contentSecurityPolicy()],
    });
    await server.listen();
    try {
      const address = server.httpServer!.address() as { port: number };
      const response = await fetch(`http://127.0.0.1:${address.port}/settings`);
      const policy = response.headers.get('content-security-policy') ?? '';
      expect(policy).toMatch(/^default-src 'self'; script-src 'self' 'sha256-/);
      expect(policy).toContain("object-src 'none'");
      expect(policy).toMatch(/frame-ancestors 'none'$/);
      expect(policy).not.toContain('unsafe-inline');
      expect(policy).not.toContain('unsafe-eval');
    } finally {
      await server.close();
    }
  });
});
