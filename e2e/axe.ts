import { AxeBuilder } from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** The accessibility check every test can run (the `axe` fixture in fixtures.ts uses it). */

export interface A11yOptions {
  /** CSS selector to limit the scan to (default: the whole page). */
  include?: string;
  /** CSS selectors to leave out. */
  exclude?: string[];
  /** axe rule ids to switch off, with a reason in the calling test. */
  disableRules?: string[];
}

/** Runs axe (WCAG 2 A and AA rules) on the page and fails listing each violation and its nodes. */
export async function expectNoA11yViolations(page: Page, options: A11yOptions = {}): Promise<void> {
  let builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']);
  if (options.include) builder = builder.include(options.include);
  for (const selector of options.exclude ?? []) builder = builder.exclude(selector);
  if (options.disableRules?.length) builder = builder.disableRules(options.disableRules);
  const { violations } = await builder.analyze();
  const found = violations.map(
    (v) =>
      `${v.id} (${v.impact ?? 'n/a'}): ${v.help}\n` +
      v.nodes
        .map(
          (n) =>
            `    at ${n.target.map(String).join(' ')}${n.failureSummary ? `\n      ${n.failureSummary.replace(/\n/g, '\n      ')}` : ''}`,
        )
        .join('\n'),
  );
  expect(found, `accessibility violations (WCAG 2 A/AA) on ${page.url()}`).toEqual([]);
}
