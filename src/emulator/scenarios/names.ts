/** The scenarios' names and what each sets up; apart from index.ts so the first bundle stays small. */
export const scenarioNames = [
  'new-phone',
  'used-phone',
  'two-phones',
  'almost-full',
  'flaky-network',
  'heavy-phone',
] as const;
export type ScenarioName = (typeof scenarioNames)[number];

export const scenarioDescriptions: Record<ScenarioName, string> = {
  'new-phone': 'A new phone out of the box; the demo account exists in the cloud.',
  'used-phone':
    'A phone in daily use, signed in, with apps (three on the SD card), texts and calls; no backup yet.',
  'two-phones': 'An old Lumia 920 with a backup and a new Lumia 930 out of the box, on one account.',
  'almost-full': 'The used phone, with the OneDrive almost full.',
  'flaky-network': 'The used phone on a slow cloud (2 s latency) whose next backup commit fails.',
  'heavy-phone': 'A heavy phone: 10,000 texts, 2,000 calls, 150 apps.',
};
