import { outOfBoxDevice } from '../../device/defaults';
import type { Environment } from '../../device/environment';
import type { PhonesState } from '../../device/store';
import type { DeviceState } from '../../device/schema';
import { randomToken } from '../../lib/crypto';
import type { FaultSpec } from '../../cloud/faults';
import { emptyCloud, type CloudIndex } from '../../cloud/schema';
import { demoAccount } from '../../cloud/demoAccount';
import { createAccount, demoContacts } from '../../cloud/seed';
import { tokenHash } from '../../cloud/sessions';
import { cloudBackupOf, cloudTextHistoryOf } from './cloudBackup';
import { SCENARIO_DEMO_KEYS } from './demoKeys';
import { manyApps } from './generate';
import { usedPhone } from './phones';
import { seededRandom } from './random';
import type { ScenarioName } from './names';

interface BuiltScenario {
  phones: PhonesState;
  cloud: CloudIndex;
  blobs: Record<string, unknown>;
  environment: Partial<Environment>;
  latencyMs: number;
  faults: FaultSpec[];
}

/** Scenarios start on Monday 23 November 2026, 9:00 PM (UTC), so screens render the same each time. */
export const SCENARIO_EPOCH = Date.UTC(2026, 10, 23, 21, 0, 0);

const DEVICE_930 = 'dev-lumia930-0001';
const DEVICE_920 = 'dev-lumia920-0001';

async function demoCloud(quotaOverride?: { otherBytesLeft: number }) {
  const account = await createAccount({
    id: 'acc-demo',
    ...demoAccount,
    contacts: demoContacts(),
    precomputed: SCENARIO_DEMO_KEYS,
  });
  if (quotaOverride) account.otherBytes = account.quotaBytes - quotaOverride.otherBytesLeft;
  const cloud = emptyCloud();
  cloud.accounts.push(account);
  return { cloud, account };
}

async function signedInPhone(
  cloud: CloudIndex,
  account: CloudIndex['accounts'][number],
  opts: Partial<Parameters<typeof usedPhone>[0]> = {},
): Promise<DeviceState> {
  const token = randomToken();
  cloud.sessions.push({
    tokenHash: await tokenHash(token),
    accountId: account.id,
    createdAt: SCENARIO_EPOCH,
  });
  return usedPhone({
    deviceId: DEVICE_930,
    model: 'Lumia 930',
    phoneName: 'Lumia 930',
    now: SCENARIO_EPOCH,
    account,
    token,
    dataKey: SCENARIO_DEMO_KEYS.dataKey,
    ...opts,
  });
}

/** A used phone whose texts the cloud already holds (text backup is on and has synced). */
async function usedPhoneInStep(
  cloud: CloudIndex,
  account: CloudIndex['accounts'][number],
  opts: Partial<Parameters<typeof usedPhone>[0]> = {},
): Promise<{ phones: PhonesState; blobs: Record<string, unknown> }> {
  const phone = await signedInPhone(cloud, account, opts);
  const blobs = cloudTextHistoryOf(phone, cloud, SCENARIO_EPOCH);
  return { phones: one(phone), blobs };
}

const one = (phone: DeviceState): PhonesState => ({
  activePhoneId: phone.identity.deviceId,
  phones: { [phone.identity.deviceId]: phone },
});

const base = (phones: PhonesState, cloud: CloudIndex, extra: Partial<BuiltScenario> = {}): BuiltScenario => ({
  phones,
  cloud,
  blobs: {},
  environment: { network: 'wifi', power: 'plugged', batteryLevel: 82 },
  latencyMs: 0,
  faults: [],
  ...extra,
});

export async function buildScenario(name: ScenarioName): Promise<BuiltScenario> {
  switch (name) {
    case 'new-phone': {
      const { cloud } = await demoCloud();
      return base(one(outOfBoxDevice({ deviceId: DEVICE_930 })), cloud);
    }
    case 'used-phone': {
      const { cloud, account } = await demoCloud();
      const { phones, blobs } = await usedPhoneInStep(cloud, account);
      return base(phones, cloud, { blobs });
    }
    case 'almost-full': {
      // Less room left than a settings backup of the used phone needs.
      const { cloud, account } = await demoCloud({ otherBytesLeft: 600 * 1024 });
      const { phones, blobs } = await usedPhoneInStep(cloud, account);
      return base(phones, cloud, { blobs });
    }
    case 'flaky-network': {
      const { cloud, account } = await demoCloud();
      const { phones, blobs } = await usedPhoneInStep(cloud, account);
      return base(phones, cloud, {
        blobs,
        latencyMs: 2000,
        faults: [{ kind: 'commit', error: 'server-error', times: 1 }],
      });
    }
    case 'heavy-phone': {
      const { cloud, account } = await demoCloud();
      const extraApps = manyApps(150 - 20, seededRandom(150));
      const { phones, blobs } = await usedPhoneInStep(cloud, account, {
        messageCount: 10_000,
        callCount: 2_000,
        extraApps,
      });
      return base(phones, cloud, { blobs });
    }
    case 'two-phones': {
      const { cloud, account } = await demoCloud();
      const old = await signedInPhone(cloud, account, {
        deviceId: DEVICE_920,
        model: 'Lumia 920',
        phoneName: 'Lumia 920',
        accent: 'red',
        seed: 920,
      });
      const blobs = cloudBackupOf(old, cloud, SCENARIO_EPOCH - 2 * 3600 * 1000);
      const fresh = outOfBoxDevice({ deviceId: DEVICE_930, model: 'Lumia 930' });
      const phones = {
        activePhoneId: fresh.identity.deviceId,
        phones: { [DEVICE_920]: old, [DEVICE_930]: fresh },
      };
      return base(phones, cloud, { blobs });
    }
  }
}
