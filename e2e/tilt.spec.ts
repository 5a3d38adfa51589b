import { test, expect, type Locator } from './fixtures';

/**
 * Tilt (SPEC section 1): a pressed list item, tile or button leans toward the pointer and sinks
 * in; it comes back on release. The keyboard presses straight, without the tilt.
 */

/** How far (px) the element's bottom-right corner, top-left corner and centre stand out of the screen. */
function depths(element: Locator): Promise<[number, number, number]> {
  return element.evaluate((e) => {
    const m = new DOMMatrix(getComputedStyle(e).transform);
    const { width: w, height: h } = e.getBoundingClientRect();
    const depth = (x: number, y: number) => {
      const p = m.transformPoint(new DOMPoint(x, y, 0, 1));
      return p.z / p.w;
    };
    // transform-origin is the element's centre.
    return [depth(w / 2, h / 2), depth(-w / 2, -h / 2), depth(0, 0)];
  });
}

test('a pressed list item tilts toward the pointer and comes back when let go', async ({
  page,
  gotoScenario,
  settings,
  phone,
}) => {
  await gotoScenario('/settings', 'used-phone');
  const item = settings.item('backup');
  const box = (await item.boundingBox())!;

  await page.mouse.move(box.x + box.width * 0.9, box.y + box.height * 0.85);
  await page.mouse.down();
  await expect(item).toHaveClass(/\btilt-pressed\b/);
  const [pressedCorner, farCorner, centre] = await depths(item);
  // The corner under the pointer goes into the screen, the opposite one comes up; the item sinks in.
  expect(pressedCorner).toBeLessThan(farCorner - 10);
  expect(pressedCorner).toBeLessThan(0);
  expect(centre).toBeLessThan(0);

  // Sliding off the item lets it go, and releasing there does not open it.
  await page.mouse.move(box.x + box.width * 0.5, box.y - 80);
  await expect(item).not.toHaveClass(/\btilt-pressed\b/);
  await expect.poll(() => item.evaluate((e) => getComputedStyle(e).transform)).toBe('none');
  await page.mouse.up();
  await expect(page).toHaveURL(/\/settings$/);

  // Pressed at its very edge, the item is smaller than it was; letting go there still opens it.
  await page.mouse.move(box.x + box.width - 2, box.y + box.height - 2);
  await page.mouse.down();
  await expect(item).toHaveClass(/\btilt-pressed\b/);
  await page.mouse.up();
  await phone.expectPage('backup');
});

test('a tile tilts toward the pointer', async ({ page, gotoScenario }) => {
  await gotoScenario('/start', 'used-phone');
  const tile = page.getByRole('navigation', { name: 'tiles' }).getByRole('link', { name: 'Messaging' });
  const box = (await tile.boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.15, box.y + box.height * 0.15);
  await page.mouse.down();
  await expect(tile).toHaveClass(/\btilt-pressed\b/);
  const [bottomRight, topLeft] = await depths(tile);
  expect(topLeft).toBeLessThan(bottomRight - 5);
  await test.info().attach('tilted tile', {
    body: await page.locator('.phone-frame').screenshot(),
    contentType: 'image/png',
  });
  await page.mouse.move(box.x + box.width * 0.15, box.y - 60);
  await expect(tile).not.toHaveClass(/\btilt-pressed\b/);
  await page.mouse.up();
});

test('the keyboard presses a button in, straight', async ({ page, gotoScenario, phone }) => {
  await gotoScenario('/', 'new-phone');
  await phone.expectPage('language');
  const next = page.getByRole('button', { name: 'next', exact: true });
  await next.focus();
  await page.keyboard.down('Space');
  await expect(next).toHaveClass(/\btilt-pressed\b/);
  const [a, b, centre] = await depths(next);
  expect(centre).toBeLessThan(0);
  expect(Math.abs(a - b)).toBeLessThan(0.01);
  await page.keyboard.up('Space');
  await phone.expectPage('terms of use');
});
