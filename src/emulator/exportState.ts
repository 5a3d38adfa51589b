import { queryClient } from '../api/queryClient';
import { dumpCloud, replaceCloud } from '../cloud/db';
import { checkCloud } from '../cloud/integrity';
import type { CloudIndex } from '../cloud/schema';
import { environmentSchema, environmentStore } from '../device/environment';
import { deviceStore, phonesSchema, replacePhones, DEVICE_DB, DEVICE_KEY } from '../device/store';
import { readUnreadableCopy } from '../lib/persistStorage';
import { MAX_IMPORT_BYTES } from './importLimit';
import {
  cloudWithoutSecrets,
  EXACT_COPY,
  phonesWithoutSecrets,
  scrubbed,
  WITHOUT_SECRETS,
  withDemoPassword,
} from './stateSecrets';
import { z } from '../lib/zod';

const EXPORT_FORMAT = 'wp81-backup-emulator-state';
export const EXPORT_VERSION = 1;

const headSchema = z.object({ format: z.string(), version: z.number() });
const exportSchema = z.object({
  contents: z.optional(z.string()),
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  exportedAt: z.string(),
  includesSecrets: z.optional(z.boolean()),
  phones: phonesSchema,
  environment: environmentSchema,
  cloud: z.record(z.string(), z.unknown()),
  unreadable: z.optional(z.object({ device: z.optional(z.unknown()) })),
});

/**
 * The whole emulator (phones, surroundings, cloud) as one JSON document. Without secrets unless
 * asked (stateSecrets.ts); the first thing in the file says which it is.
 */
export async function exportState(options: { includeSecrets?: boolean } = {}): Promise<string> {
  const secrets = options.includeSecrets === true;
  const unreadableDevice = await readUnreadableCopy(DEVICE_DB, DEVICE_KEY);
  const cloud = await dumpCloud();
  const phones = deviceStore.getState();
  return JSON.stringify({
    contents: secrets ? EXACT_COPY : WITHOUT_SECRETS,
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: new Date().toISOString(),
    includesSecrets: secrets,
    phones: secrets ? phones : phonesWithoutSecrets(phones),
    environment: environmentStore.getState(),
    cloud: secrets ? cloud : cloudWithoutSecrets(cloud),
    ...(unreadableDevice === undefined
      ? {}
      : { unreadable: { device: secrets ? unreadableDevice : scrubbed(unreadableDevice) } }),
  });
}

/** Checks the whole file first; a refused file changes nothing. */
export async function importState(json: string): Promise<void> {
  if (typeof json !== 'string') throw new Error('The file could not be read as text.');
  if (json.length > MAX_IMPORT_BYTES)
    throw new Error('The file is too large to be an emulator state (over 100 MB).');
  if (json.trim() === '') throw new Error('The file is empty.');
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    throw new Error('The file is not JSON, so it is not an emulator state.');
  }
  const head = headSchema.safeParse(data);
  if (!head.success || head.data.format !== EXPORT_FORMAT) {
    throw new Error('The file is JSON but not an emulator state exported by this emulator.');
  }
  if (head.data.version > EXPORT_VERSION) {
    throw new Error(
      `The file comes from a newer version of the emulator (state version ${head.data.version}); this one reads version ${EXPORT_VERSION}.`,
    );
  }
  const parsed = exportSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    // The checks written as sentences read on their own; the others say where they failed.
    const where = issue?.code === 'custom' ? '' : `${issue?.path.join('.') || 'root'}: `;
    throw new Error(`The file is not a valid emulator state: ${where}${issue?.message ?? ''}`);
  }
  const cloud = await checkCloud(parsed.data.cloud);
  if (!cloud.ok) throw new Error(`The file's cloud is not valid: ${cloud.reason}`);
  const index = withDemoPassword(cloud.entries.index as CloudIndex);
  await replaceCloud({ ...cloud.entries, index, rev: Date.now() });
  replacePhones(parsed.data.phones);
  environmentStore.setState(parsed.data.environment, true);
  queryClient.clear();
}
