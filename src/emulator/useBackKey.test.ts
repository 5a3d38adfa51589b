import { parentPath } from './useBackKey';

describe('parentPath (back without history)', () => {
  it.each([
    ['/settings/backup/apps-settings/manage', '/settings/backup/apps-settings'],
    ['/settings/theme', '/settings'],
    ['/settings', '/start'],
    ['/apps', '/start'],
    ['/store/downloads', '/start'],
    ['/phone/history', '/start'],
    ['/start', null],
    ['/setup/wifi', null],
  ])('%s goes up to %s', (from, to) => {
    expect(parentPath(from)).toBe(to);
  });
});
