import { queryClient } from '../../api/queryClient';
import { backupRunStore } from '../../backup/runState';
import { replaceCloud } from '../../cloud/db';
import { cloudConfig } from '../../cloud/faults';
import { environmentStore } from '../../device/environment';
import { replacePhones } from '../../device/store';
import { buildScenario, SCENARIO_EPOCH } from './build';
import { scenarioNames, type ScenarioName } from './names';

function isScenarioName(name: string): name is ScenarioName {
  return (scenarioNames as readonly string[]).includes(name);
}

/** Replaces the phones, the cloud and the surroundings with a scenario's. */
export async function applyScenario(name: string): Promise<void> {
  const apply = await prepareScenario(name);
  const { cloudStored } = await apply();
  await cloudStored;
}

interface ScenarioApplied {
  /**
   * Settles once the scenario's cloud has been written (or failed to be). Whatever reads the
   * cloud waits for it anyway, on the cloud's lock.
   */
  cloudStored: Promise<void>;
}

/**
 * Builds a scenario and starts storing its cloud, and returns the step that applies the rest (the
 * phones and surroundings), so that a scenario named in the URL can be built while the saved phone
 * is still loading and applied after it.
 */
export async function prepareScenario(name: string): Promise<() => Promise<ScenarioApplied>> {
  if (!isScenarioName(name)) {
    throw new Error(`Unknown scenario "${name}". Known scenarios: ${scenarioNames.join(', ')}.`);
  }
  // The cloud does not wait for the saved phone to load: it takes the cloud's lock and opens its
  // database while the scenario is built, copies the scenario's cloud in as soon as it is, and
  // commits meanwhile. Whatever reads the cloud queues behind it on that lock.
  const building = buildScenario(name);
  let copied!: () => void;
  const cloudCopied = new Promise<void>((resolve) => (copied = resolve));
  const cloudStored = replaceCloud(
    building.then((b) => ({ ...b.blobs, index: b.cloud, rev: Date.now() })),
    copied,
  );
  cloudStored.catch(() => undefined); // the apply step hands it on
  const built = await building;
  performance.mark('emulator:scenario-built');
  return async () => {
    // The cloud's copy goes first, so that its commit runs beside the phones' copy and the first
    // render rather than after them.
    await Promise.race([cloudCopied, cloudStored.catch(() => undefined)]);
    replacePhones(built.phones);
    environmentStore.setState({
      ...built.environment,
      clock: { anchorReal: Date.now(), anchorEmu: SCENARIO_EPOCH, running: true },
    });
    cloudConfig.clear();
    cloudConfig.setLatency(built.latencyMs);
    built.faults.forEach((f) => cloudConfig.inject(f));
    backupRunStore.setState({ running: false, progress: 0, error: null, trigger: null });
    queryClient.clear();
    return { cloudStored };
  };
}
