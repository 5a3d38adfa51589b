/**
 * The scenarios' demo account, with its salts fixed and what PBKDF2 derives from them worked out
 * ahead (demoKeys.test.ts derives them again). A scenario then loads without two
 * 100,000-iteration derivations in its way. The password is the published demo password, so
 * nothing here is a secret; accounts made by signing up still get random salts.
 */
export const SCENARIO_DEMO_KEYS = {
  passwordSalt: 'uGNHmLvbH5YdxHVk6XC/2A==',
  passwordHash: 'fvrjKVMa9YsimoUysSlLSDR69A0bsWPbwCpxyCOv5dE=',
  keySalt: 'NETiz0nYeCACpyleFDGGEg==',
  dataKey: 'LZEVuLyzq/fq0o4u87Xjz6+YyRDp5WCmdG8nOOnFd50=',
} as const;
