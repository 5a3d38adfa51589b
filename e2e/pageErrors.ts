import type { BrowserContext } from '@playwright/test';

/**
 * Errors in the page fail the test (issue 16): an uncaught exception or an unhandled rejection
 * (Playwright's `weberror`) and any `console.error`, in every page of the test's browser context.
 * A test that expects one declares it first: `pageErrors.expect(/the message/)`; each declared
 * pattern must then be seen at least once.
 *
 * Not counted: the browser's own network log line for an HTTP error answer of the simulated
 * cloud ("Failed to load resource: the server responded with a status of 401" at `/api/…`).
 * The page did not write it, and the cloud's 4xx and 5xx answers are its contract (SPEC
 * section 5), which the tests provoke on purpose. A resource of the app that fails to load
 * still counts.
 */
const CLOUD_HTTP_STATUS = /^Failed to load resource: the server responded with a status of \d{3}\b/;
const isCloudUrl = (url: string) => {
  try {
    return new URL(url).pathname.startsWith('/api/');
  } catch {
    return false;
  }
};

export class PageErrors {
  private readonly seen: string[] = [];
  private readonly expected: RegExp[] = [];

  /** Allows errors whose text matches `pattern` in this test, and requires at least one. */
  expect(pattern: RegExp | string): void {
    this.expected.push(
      typeof pattern === 'string' ? new RegExp(pattern.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) : pattern,
    );
  }

  /** Starts listening to every page of `context`; returns a function that stops it. */
  watch(context: BrowserContext): () => void {
    const onError = (error: { error(): Error; page(): { url(): string } | null }) => {
      const e = error.error();
      const text = e.stack || `${e.name}: ${e.message}` || String(e);
      this.seen.push(`uncaught in ${error.page()?.url() ?? 'a page'}: ${text}`);
    };
    const onConsole = (message: { type(): string; text(): string; location(): { url: string } }) => {
      if (message.type() !== 'error') return;
      if (CLOUD_HTTP_STATUS.test(message.text()) && isCloudUrl(message.location().url)) return;
      this.seen.push(`console.error at ${message.location().url}: ${message.text()}`);
    };
    context.on('weberror', onError);
    context.on('console', onConsole);
    return () => {
      context.off('weberror', onError);
      context.off('console', onConsole);
    };
  }

  /** What fails the test: errors nobody declared, and declared ones that never came. */
  problems(): string[] {
    const unexpected = this.seen.filter((text) => !this.expected.some((p) => p.test(text)));
    const missing = this.expected.filter((p) => !this.seen.some((text) => p.test(text)));
    return [
      ...unexpected.map((text) => `unexpected error in the page: ${text}`),
      ...missing.map((p) => `an error the test declared never came: ${p}`),
    ];
  }
}
