/**
 * Which fonts Chromium really drew text with, asked through the DevTools protocol
 * (`CSS.getPlatformFontsForNode`): a font named in CSS but missing falls back silently, and only
 * the renderer knows which face it used.
 */
import type { Page } from '@playwright/test';

export interface UsedFont {
  familyName: string;
  /** True for a webfont loaded by the page (`@font-face`), false for a font of the machine. */
  isCustomFont: boolean;
  glyphCount: number;
}

/** Every font used for the text under `selector` (each element's own text nodes), by family. */
export async function fontsUsedUnder(page: Page, selector: string): Promise<UsedFont[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
    const { nodeIds } = await cdp.send('DOM.querySelectorAll', {
      nodeId: root.nodeId,
      selector: `${selector}, ${selector} *`,
    });
    const byFamily = new Map<string, UsedFont>();
    for (const nodeId of nodeIds) {
      const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
      for (const font of fonts) {
        const key = `${font.familyName}|${font.isCustomFont}`;
        const seen = byFamily.get(key);
        if (seen) seen.glyphCount += font.glyphCount;
        else byFamily.set(key, { ...font });
      }
    }
    return [...byFamily.values()];
  } finally {
    await cdp.detach();
  }
}
