import { expect, type Page } from '@playwright/test';

/** What moved on the page while something happened. */
export interface MotionLog {
  /**
   * Each animation seen, as `<where> <name>`: `::view-transition-new(phone-page) turn-forward-in`,
   * `a transform` (a CSS transition), `a transform, delayed` (one that waits before it runs: feathering).
   */
  animations: string[];
  /** The distinct delays (ms) with which list items (links, `li`) turn in: feathered, one after another. */
  featherDelays: number[];
  /** View transitions started. */
  turns: number;
}

interface PageMotionLog {
  quietFrames(): number;
  stop(): MotionLog;
}
type Logged = Window & { motionLog?: PageMotionLog };

/**
 * Logs what moves while `action` runs: frame by frame, every animation running on the page (the
 * view transition's pseudo-elements included) and every view transition started, until the page
 * has been still for ten frames. (A navigation's transition starts a frame or two after its new
 * page is in the DOM, so a page that has only just rendered is not yet at rest.)
 */
export async function motionDuring(page: Page, action: () => Promise<void>): Promise<MotionLog> {
  await page.evaluate(() => {
    const animations = new Set<string>();
    const delays = new Set<number>();
    let turns = 0;
    let quietFrames = 0;
    let last: object | null = null;
    let running = true;
    const tick = () => {
      if (!running) return;
      const transition = (document as Document & { activeViewTransition?: object | null })
        .activeViewTransition;
      if (transition && transition !== last) turns += 1;
      last = transition ?? null;
      const moving = document.getAnimations().filter((a) => a.playState === 'running');
      for (const a of moving) {
        const effect = a.effect as KeyframeEffect | null;
        const where = effect?.pseudoElement ?? effect?.target?.tagName.toLowerCase() ?? '?';
        const delay = Number(effect?.getTiming().delay ?? 0);
        const property = (a as CSSTransition).transitionProperty;
        const item = where === 'a' || where === 'li';
        if (item && property === 'transform' && delay > 0) delays.add(Math.round(delay));
        const name = (a as CSSAnimation).animationName ?? `${property}${delay > 0 ? ', delayed' : ''}`;
        animations.add(`${where} ${name}`);
      }
      quietFrames = moving.length === 0 && !transition ? quietFrames + 1 : 0;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    (window as Logged).motionLog = {
      quietFrames: () => quietFrames,
      stop: () => {
        running = false;
        return {
          animations: [...animations].sort(),
          featherDelays: [...delays].sort((x, y) => x - y),
          turns,
        };
      },
    };
  });
  await action();
  await expect
    .poll(() => page.evaluate(() => (window as Logged).motionLog!.quietFrames()))
    .toBeGreaterThanOrEqual(10);
  return page.evaluate(() => (window as Logged).motionLog!.stop());
}

/**
 * The turnstile's animations: the old page and its title turn out (a view transition), then the
 * new title and page turn in, live (transitions that wait for the old page to go).
 */
export function turnstile(way: 'forward' | 'back'): string[] {
  return [
    `::view-transition-old(phone-page) turn-${way}-out`,
    `::view-transition-old(phone-title) turn-${way}-out`,
    'h1 transform, delayed',
    'div transform, delayed',
  ];
}

/** How many pixels differ between two PNG screenshots of the same size (decoded in `page`). */
export async function differingPixels(page: Page, a: Buffer, b: Buffer): Promise<number> {
  return page.evaluate(
    async ([a, b]) => {
      const pixels = async (png: string) => {
        const image = new Image();
        image.src = `data:image/png;base64,${png}`;
        await image.decode();
        const canvas = document.createElement('canvas');
        canvas.width = image.width;
        canvas.height = image.height;
        const context = canvas.getContext('2d')!;
        context.drawImage(image, 0, 0);
        return context.getImageData(0, 0, image.width, image.height).data;
      };
      const [pa, pb] = await Promise.all([pixels(a), pixels(b)]);
      if (pa.length !== pb.length) return Infinity;
      let differing = 0;
      for (let i = 0; i < pa.length; i += 4)
        if (pa[i] !== pb[i] || pa[i + 1] !== pb[i + 1] || pa[i + 2] !== pb[i + 2]) differing++;
      return differing;
    },
    [a.toString('base64'), b.toString('base64')],
  );
}
