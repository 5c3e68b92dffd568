import { z } from 'zod';

const entrySchema = z.object({
  name: z.string(),
  version: z.string(),
  licence: z.string(),
  ships: z.enum(['code', 'runtime', 'data']),
  note: z.string().optional(),
});
const inventorySchema = z.object({ tool: z.string(), source: z.string(), packages: z.array(entrySchema) });

/** One third-party package of data/licences/third-party.json (made by scripts/build-licences.mjs). */
export type LicenceEntry = z.infer<typeof entrySchema>;
/** The third-party licence inventory shipped with the app. */
export type LicenceInventory = z.infer<typeof inventorySchema>;

// Lazy: the list is its own chunk, fetched when the About box opens.
const loaders = import.meta.glob<unknown>('../../../data/licences/third-party.json', { import: 'default' });

/** Loads the bundled licence inventory; rejects when the build lacks it or it has the wrong shape (a build bug). */
export async function loadLicenceInventory(): Promise<LicenceInventory> {
  const load = Object.values(loaders)[0];
  if (!load) throw new Error('data/licences/third-party.json is not in the build');
  return inventorySchema.parse(await load());
}

/** The entries whose package name or licence contains `query` (case-insensitive); all for an empty query. */
export function filterLicences(packages: readonly LicenceEntry[], query: string): LicenceEntry[] {
  const q = query.trim().toLowerCase();
  if (!q) return [...packages];
  return packages.filter((p) => p.name.toLowerCase().includes(q) || p.licence.toLowerCase().includes(q));
}
