import { payloadSchemas } from './backupPayloads';
import { migrateCloudIndex } from './migrate';
import { RESETS_KEY, resetsSchema } from './passwordResets';
import { cloudIndexSchema, cloudMessageSchema, cloudThreadSchema, type CloudIndex } from './schema';
import { z } from '../lib/zod';

/**
 * A cloud from outside (a state file) is checked whole before it replaces this one: its index
 * against the schema (bounded lists and numbers), and every blob a record names: it has the shape
 * of its kind (never the index's own keys), it is there, no two records share it, and it passes
 * its schema. Blobs no record names are left out. Issue #18, finding 6.
 */
const KEY_SHAPES = {
  backup: /^(staged:upl-[A-Za-z0-9_-]{1,80}:\d{1,2}|backup:[A-Za-z0-9_-]{1,80}:(settings|apps))$/,
  upload: /^staged:upl-[A-Za-z0-9_-]{1,80}:\d{1,2}$/,
  messages: /^messages:[A-Za-z0-9_:-]{1,200}$/,
};

const messageStoreSchema = z.object({
  threads: z.array(cloudThreadSchema).check(z.maxLength(50_000)),
  messages: z.array(cloudMessageSchema).check(z.maxLength(200_000)),
});

type Kind = 'settings' | 'apps' | 'messages';
const blobSchemas = { ...payloadSchemas, messages: messageStoreSchema };

/** Keys of the store itself, which a file's cloud may carry beside its blobs. */
const OWN_KEYS = ['index', 'rev', 'index:unreadable', RESETS_KEY];

export async function checkCloud(
  entries: Record<string, unknown>,
): Promise<{ ok: true; entries: Record<string, unknown> } | { ok: false; reason: string }> {
  const parsed = cloudIndexSchema.safeParse(await migrateCloudIndex(entries.index));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      ok: false,
      reason: `its index does not have the expected shape (${issue?.path.join('.') || 'index'}).`,
    };
  }
  const index: CloudIndex = parsed.data;
  const named = new Map<string, Kind>();
  const name = (key: string, shape: RegExp, kind: Kind): string | null => {
    if (!shape.test(key))
      return `a record names "${key}", which is not a ${kind === 'messages' ? 'text history' : 'backup part'}.`;
    if (named.has(key)) return `two records name the same blob "${key}".`;
    if (!Object.hasOwn(entries, key)) return `the blob "${key}" a record names is missing.`;
    named.set(key, kind);
    return null;
  };
  const problems = [
    ...index.backups.flatMap((b) =>
      (['settings', 'apps'] as const).map((kind) => {
        const part = b.parts[kind];
        return part ? name(part.blob, KEY_SHAPES.backup, kind) : null;
      }),
    ),
    ...index.uploads.flatMap((u) =>
      Object.values(u.parts).map((p) => (p ? name(p.blob, KEY_SHAPES.upload, p.kind) : null)),
    ),
    ...index.messageStores.map((m) => name(m.blob, KEY_SHAPES.messages, 'messages')),
  ].filter((p) => p !== null);
  if (problems.length > 0) return { ok: false, reason: problems[0]! };
  for (const [key, kind] of named) {
    if (!blobSchemas[kind].safeParse(entries[key]).success)
      return {
        ok: false,
        reason: `the blob "${key}" is not a valid ${kind === 'messages' ? 'text history' : `${kind} part`}.`,
      };
  }
  // Password resets under way (an exact copy has them) come along if they read as resets.
  if (Object.hasOwn(entries, RESETS_KEY) && !resetsSchema.safeParse(entries[RESETS_KEY]).success)
    return { ok: false, reason: 'its password resets do not have the expected shape.' };
  const kept: Record<string, unknown> = { index };
  for (const key of [...named.keys(), ...OWN_KEYS.filter((k) => k !== 'index')])
    if (Object.hasOwn(entries, key)) kept[key] = entries[key];
  return { ok: true, entries: kept };
}
