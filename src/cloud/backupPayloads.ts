import { byteCount, plainNumber, timeMs } from '../lib/bounds';
import { z } from '../lib/zod';

/**
 * What the cloud accepts as the two parts of a backup: the phone's snapshot formats
 * (src/backup/snapshot.ts), as the cloud's own contract, bounded. The phone checks a backup again,
 * exactly, when it restores one; the cloud makes sure nothing it stores is of another kind or
 * without bounds (issue #18, findings 6 and 9). Extra fields are kept, as a newer phone may send them.
 */
const text = (max: number) => z.string().check(z.maxLength(max));
const MAX_ITEMS = 10_000;
const list = <T extends z.ZodMiniType>(item: T, max = MAX_ITEMS) => z.array(item).check(z.maxLength(max));
const flags = () => z.record(text(100), z.union([z.boolean(), text(1000)]));

export const settingsPayloadSchema = z.looseObject({
  version: z.literal(1),
  phoneName: text(200),
  model: text(100),
  installedApps: list(
    z.looseObject({
      id: text(200),
      name: text(200),
      sizeBytes: byteCount(),
      location: z.enum(['phone', 'sd']),
      builtIn: z.boolean(),
    }),
  ),
  startTiles: list(z.looseObject({ appId: text(200), size: z.enum(['small', 'medium', 'wide']) })),
  theme: z.enum(['dark', 'light']),
  accent: text(20),
  lockScreen: text(200),
  ringtone: text(200),
  notifications: flags(),
  accounts: list(
    z.looseObject({
      id: text(200),
      kind: text(20),
      address: text(320),
      password: z.nullable(z.looseObject({ iv: text(100), data: text(10_000) })),
    }),
    100,
  ),
  calls: list(
    z.looseObject({
      id: text(200),
      number: text(100),
      name: text(200),
      direction: z.enum(['incoming', 'outgoing', 'missed']),
      durationSec: z.number().check(z.gte(0), z.lte(10_000_000)),
      at: timeMs(),
    }),
    100_000,
  ),
  favorites: list(z.looseObject({ title: text(1000), url: text(2000) })),
  dictionary: list(text(200)),
  photosApp: flags(),
  messaging: flags(),
  email: flags(),
  speech: flags(),
});

export const appsPayloadSchema = z.looseObject({
  version: z.literal(1),
  apps: list(
    z.looseObject({
      id: text(200),
      name: text(200),
      bytes: byteCount(),
      data: z.record(text(200), z.union([text(10_000), plainNumber()])),
    }),
  ),
  skipped: list(z.looseObject({ id: text(200), name: text(200), bytes: byteCount() })),
});

export const payloadSchemas = { settings: settingsPayloadSchema, apps: appsPayloadSchema } as const;
