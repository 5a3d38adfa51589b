import { test } from '../e2e/fixtures';
test('axe timing', async ({ page, gotoScenario, phone, axe }) => {
  test.setTimeout(200_000);
  await gotoScenario('/settings/backup/apps-settings', 'used-phone');
  await phone.expectPage('apps+settings');
  for (let i = 0; i < 2; i++) {
    let t = Date.now();
    await axe.expectNoA11yViolations();
    console.log('whole', Date.now() - t);
    t = Date.now();
    await axe.expectNoA11yViolations({ include: 'main' });
    console.log('main', Date.now() - t);
  }
});
