// Baseline: first contentful paint of the smallest React page built by the same Vite.
import { firstContentfulPaint } from './context.mjs';

/** @type {import('./types.js').Measurement} */
export default {
  id: 'bare-page',
  title: 'bare React page',
  async run(ctx) {
    const url = await ctx.bareUrl();
    const fcps = await ctx.eachLoad(async (page) => {
      await page.goto(`${url}/`);
      return firstContentfulPaint(page);
    });
    return [
      {
        id: 'bare.fcp',
        figure: 'bare React page: first contentful paint',
        value: ctx.median(fcps),
        unit: 'ms',
      },
    ];
  },
};
