/**
 * The scenarios' demo account, with its salts fixed and what PBKDF2 derives from them worked out
 * ahead (demoKeys.test.ts derives them again). A scenario then loads without two
 * full-strength PBKDF2 derivations in its way. The password is the published demo password, so
 * nothing here is a secret; accounts made by signing up still get random salts.
 */
export const SCENARIO_DEMO_KEYS = {
  passwordSalt: 'uGNHmLvbH5YdxHVk6XC/2A==',
  passwordHash: 'Ipw73EzFQCSQPPDtD4JfXGMBBf1d4hEiSPte8/J+790=',
  keySalt: 'NETiz0nYeCACpyleFDGGEg==',
  dataKey: 'j8yC2F8a16I2u80hb+439/aqwOSYmowuW1si8wn0lhM=',
} as const;
