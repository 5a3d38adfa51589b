import { test, expect } from './fixtures';

/**
 * Progress that tells the truth (issue #19): a determinate bar and its percentage show the same
 * number at every frame, not a bar that is still catching up with its label.
 */

interface Sample {
  bar: number;
  label: number;
}
type Sampled = Window & { progressSamples?: Sample[]; stopSampling?: () => void };

test('a backup’s progress bar and its label agree at every frame', async ({
  page,
  gotoScenario,
  emulator,
}) => {
  await gotoScenario('/settings/backup/apps-settings', 'used-phone');
  // A slow cloud: each step of the backup shows for a while.
  await emulator.setLatency(400);

  // Every frame: how full the bar is drawn, and what its label says.
  await page.evaluate(() => {
    const samples: Sample[] = [];
    let sampling = true;
    const tick = () => {
      if (!sampling) return;
      const bar = document.querySelector<HTMLElement>('[role="progressbar"][aria-label="backing up"]');
      const fill = bar?.firstElementChild;
      const label = bar?.parentElement?.textContent?.match(/(\d+)%/);
      if (bar && fill && label) {
        const drawn = (fill.getBoundingClientRect().width / bar.getBoundingClientRect().width) * 100;
        samples.push({ bar: drawn, label: Number(label[1]) });
      }
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    (window as Sampled).progressSamples = samples;
    (window as Sampled).stopSampling = () => {
      sampling = false;
    };
  });

  await page.getByRole('button', { name: 'back up now', exact: true }).click();
  await expect(page.getByText(/^Lumia 930 · last backup /)).toBeVisible();
  const samples = await page.evaluate(() => {
    (window as Sampled).stopSampling!();
    return (window as Sampled).progressSamples!;
  });

  // The backup went through several steps, each seen over many frames.
  expect(new Set(samples.map((s) => s.label)).size).toBeGreaterThanOrEqual(3);
  expect(samples.length).toBeGreaterThan(20);
  const apart = samples.filter((s) => Math.abs(s.bar - s.label) > 0.5);
  expect(apart, 'frames where the bar and its label show different numbers').toEqual([]);
});
