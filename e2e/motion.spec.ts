import { test, expect } from './fixtures';
import { differingPixels, motionDuring, turnstile } from './motion';

/** The gaps between consecutive delays. */
const steps = (delays: number[]) => delays.slice(1).map((d, i) => d - delays[i]!);

/**
 * Metro motion (SPEC section 1, issue #19): pages turn like a turnstile, forward and back; list
 * items feather in; `setMotion('off')` and the control panel stop it; the panel's own routing never
 * turns the phone's pages.
 */

test('a forward and a back navigation each turn the page, back the other way round', async ({
  page,
  gotoScenario,
  phone,
  settings,
}) => {
  await gotoScenario('/settings', 'used-phone');

  const forward = await motionDuring(page, () => settings.open('backup'));
  expect(forward.turns).toBe(1);
  expect(forward.animations).toEqual(expect.arrayContaining(turnstile('forward')));
  expect(forward.animations.join()).not.toMatch(/turn-back/);
  // The backup list's three items feather in behind the page, a few tens of ms apart.
  expect(forward.animations).toContain('a transform, delayed');
  expect(steps(forward.featherDelays)).toEqual([30, 30]);

  const back = await motionDuring(page, async () => {
    await phone.back();
    await settings.expectShown();
  });
  expect(back.turns).toBe(1);
  expect(back.animations).toEqual(expect.arrayContaining(turnstile('back')));
  expect(back.animations.join()).not.toMatch(/turn-forward/);
  // The settings list: one after another, the ones past the tenth together (there are eight).
  expect(steps(back.featherDelays)).toEqual([30, 30, 30, 30, 30, 30, 30]);

  // Escape is the back key too.
  await settings.open('about');
  const escape = await motionDuring(page, async () => {
    await page.keyboard.press('Escape');
    await settings.expectShown();
  });
  expect(escape.animations).toEqual(expect.arrayContaining(turnstile('back')));

  // Opened directly, back goes up to the parent page: that turns back as well.
  await page.goto('/settings/backup/text-messages');
  await phone.expectPage('text messages');
  const up = await motionDuring(page, async () => {
    await phone.back();
    await phone.expectPage('backup');
  });
  expect(up.animations).toEqual(expect.arrayContaining(turnstile('back')));
});

test('Start → an app and the setup steps turn too', async ({ page, gotoScenario, phone, settings }) => {
  await gotoScenario('/start', 'used-phone');
  const app = await motionDuring(page, async () => {
    await page.getByRole('navigation', { name: 'tiles' }).getByRole('link', { name: 'Settings' }).click();
    await settings.expectShown();
  });
  // Start has no title: its tiles turn out as one page, and the app's page and title turn in.
  expect(app.animations).toEqual(
    expect.arrayContaining(
      turnstile('forward').filter((a) => !a.startsWith('::view-transition-old(phone-title)')),
    ),
  );

  await gotoScenario('/', 'new-phone');
  await phone.expectPage('language');
  const step = await motionDuring(page, async () => {
    await page.getByRole('button', { name: 'next', exact: true }).click();
    await phone.expectPage('terms of use');
  });
  expect(step.animations).toEqual(expect.arrayContaining(turnstile('forward')));
  // The step's blocks feather in after its title.
  expect(step.animations).toContain('p transform, delayed');
});

test('what appears on a page after it has turned in just appears', async ({
  page,
  gotoScenario,
  emulator,
  settings,
}) => {
  await gotoScenario('/settings/backup', 'used-phone');
  await settings.open('apps+settings');
  // The turn is over a moment after the page arrived.
  await expect(page.locator('html')).not.toHaveAttribute('data-turn');
  await emulator.setLatency(300);
  const progress = await motionDuring(page, async () => {
    await page.getByRole('button', { name: 'back up now', exact: true }).click();
    await expect(page.getByRole('progressbar', { name: 'backing up' })).toBeVisible();
  });
  expect(progress.featherDelays).toEqual([]);
  expect(progress.animations.join()).not.toMatch(/delayed/);
});

test('with motion off nothing moves, forward or back', async ({
  page,
  gotoScenario,
  emulator,
  phone,
  settings,
}) => {
  await gotoScenario('/settings', 'used-phone');
  await emulator.setMotion('off');
  await expect(page.locator('html')).toHaveAttribute('data-motion', 'off');

  const forward = await motionDuring(page, () => settings.open('backup'));
  expect(forward).toEqual({ animations: [], featherDelays: [], turns: 0 });
  const back = await motionDuring(page, async () => {
    await phone.back();
    await settings.expectShown();
  });
  expect(back.animations).toEqual([]);

  // Kept across a reload, as a demo expects.
  await page.reload();
  await emulator.ready();
  await expect(page.locator('html')).toHaveAttribute('data-motion', 'off');
  const again = await motionDuring(page, () => settings.open('backup'));
  expect(again).toEqual({ animations: [], featherDelays: [], turns: 0 });
});

test('the control panel’s routing never turns the phone’s pages', async ({
  page,
  gotoScenario,
  panel,
  phone,
}) => {
  await gotoScenario('/settings', 'used-phone');
  const scenario = await motionDuring(page, async () => {
    await panel.loadScenario('new-phone');
    await phone.expectPage('language');
  });
  expect(scenario).toEqual({ animations: [], featherDelays: [], turns: 0 });
});

test('a browser that asks for reduced motion gets a cross-fade at most', async ({
  page,
  gotoScenario,
  panel,
  settings,
}) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await gotoScenario('/settings', 'used-phone');
  await expect(page.locator('html')).toHaveAttribute('data-motion', 'reduced');
  await expect(panel.section('motion')).toContainText('This browser asks for reduced motion');

  const forward = await motionDuring(page, () => settings.open('backup'));
  expect(forward.turns).toBe(1);
  expect(forward.animations.length).toBeGreaterThan(0);
  // Only the view transition's own fades: no turn, no feather.
  for (const animation of forward.animations) expect(animation).toMatch(/^::view-transition-.* -ua-/);
});

test('the motion switch in the control panel', async ({ page, gotoScenario, panel, settings, axe }) => {
  await gotoScenario('/settings', 'used-phone');
  const motion = panel.section('motion').getByRole('radiogroup', { name: 'page turns, lists and tilt' });
  await expect(motion.getByRole('radio', { name: 'full', exact: true })).toBeChecked();
  await axe.expectNoA11yViolations();

  await motion.getByRole('radio', { name: 'off', exact: true }).check();
  await expect(page.locator('html')).toHaveAttribute('data-motion', 'off');
  expect(await motionDuring(page, () => settings.open('backup'))).toEqual({
    animations: [],
    featherDelays: [],
    turns: 0,
  });

  await motion.getByRole('radio', { name: 'reduced', exact: true }).check();
  await expect(page.locator('html')).toHaveAttribute('data-motion', 'reduced');
  await motion.getByRole('radio', { name: 'full', exact: true }).check();
  await expect(page.locator('html')).toHaveAttribute('data-motion', 'full');
});

test('the rest of the page stays still while the phone’s page turns', async ({
  page,
  gotoScenario,
  emulator,
  panel,
  settings,
}) => {
  await gotoScenario('/settings', 'used-phone');
  await emulator.clock.pause();
  await expect(panel.section('cloud inspector')).toBeVisible();
  // The part of the panel in the window, beside the phone.
  const box = (await panel.root.boundingBox())!;
  const clip = { x: box.x, y: box.y, width: box.width, height: Math.min(box.height, 880 - box.y) };
  // The panel as it rests: what it reads from the cloud may still be arriving.
  let still = await page.screenshot({ clip });
  await expect
    .poll(async () => {
      const next = await page.screenshot({ clip });
      const rested = next.equals(still);
      still = next;
      return rested;
    })
    .toBe(true);
  // Freeze the turn as soon as it starts, a third of the way through.
  await page.evaluate(() => {
    const freeze = () => {
      const turning = document.getAnimations().filter((a) => {
        const effect = a.effect as KeyframeEffect | null;
        return effect?.pseudoElement?.startsWith('::view-transition');
      });
      if (turning.length === 0) return requestAnimationFrame(freeze);
      for (const a of document.getAnimations()) {
        a.pause();
        a.currentTime = 90;
      }
    };
    requestAnimationFrame(freeze);
  });
  await settings.item('backup').click();
  await expect
    .poll(() => page.evaluate(() => document.getAnimations().some((a) => a.playState === 'paused')))
    .toBe(true);
  await test
    .info()
    .attach('mid-turn', { body: await page.locator('.phone-frame').screenshot(), contentType: 'image/png' });
  // Still, to the pixel but for a few: while the turn runs, the edges of a rounded corner can be
  // drawn a shade apart (seen: 11 pixels, at the corners of two controls). A panel that moved, or
  // turned with the page, differs in thousands.
  expect(await differingPixels(page, await page.screenshot({ clip }), still)).toBeLessThanOrEqual(40);
  await page.evaluate(() => document.getAnimations().forEach((a) => a.play()));
});

test('window.phoneEmulator called as a page turns waits for the turned page, and resolves', async ({
  page,
  gotoScenario,
  phone,
}) => {
  await gotoScenario('/settings', 'used-phone');
  // The router has reached the new page (`data-turn` is set as it does); React gets the page a
  // frame later, in the turn. clock.pause() routes again in that frame.
  const outcome = await page.evaluate(() => {
    const main = document.querySelector('main')!;
    const backup = [...main.querySelectorAll('a')].find((a) => a.textContent?.trim().startsWith('backup'))!;
    const paused = new Promise<string>((resolve) => {
      const turning = new MutationObserver(() => {
        turning.disconnect();
        void window.phoneEmulator.clock.pause().then(() => resolve('resolved'));
      });
      turning.observe(document.documentElement, { attributeFilter: ['data-turn'] });
    });
    backup.click();
    const stuck = new Promise<string>((resolve) =>
      setTimeout(() => resolve('still waiting after 10 s'), 10_000),
    );
    return Promise.race([paused, stuck]);
  });
  expect(outcome).toBe('resolved');
  await phone.expectPage('backup');
});

test('a turn cut short by the next tap is skipped without an error', async ({
  page,
  gotoScenario,
  phone,
}) => {
  await gotoScenario('/settings', 'used-phone');
  // The second tap lands as the first page starts to turn (`data-turn` is set as the turn
  // starts): react-router skips the first turn. The fixture fails the test on the skipped turn's
  // rejection.
  await page.evaluate(() => {
    const main = document.querySelector('main')!;
    const link = (name: string) =>
      [...main.querySelectorAll('a')].find((a) => a.textContent?.trim().startsWith(name))!;
    const about = link('about');
    const turning = new MutationObserver(() => {
      turning.disconnect();
      about.click();
    });
    turning.observe(document.documentElement, { attributeFilter: ['data-turn'] });
    link('backup').click();
  });
  await phone.expectPage('about');
  await phone.back();
  await phone.expectPage('backup');
});
