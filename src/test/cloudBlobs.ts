import { dumpCloud } from '../cloud/db';
import type { CloudIndex } from '../cloud/schema';

/** Keys of the cloud's store that no record names: bytes left behind, outside every quota. */
export async function unreferencedBlobs(): Promise<string[]> {
  const dump = await dumpCloud();
  const index = dump.index as CloudIndex;
  const named = new Set<string>(['index', 'rev']);
  for (const b of index.backups) for (const p of [b.parts.settings, b.parts.apps]) if (p) named.add(p.blob);
  for (const u of index.uploads) for (const p of Object.values(u.parts)) if (p) named.add(p.blob);
  for (const m of index.messageStores) named.add(m.blob);
  return Object.keys(dump).filter((k) => !named.has(k));
}
