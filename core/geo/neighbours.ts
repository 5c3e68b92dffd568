import type { Position } from '../project/schema';

/** ISO 3166 alpha-2 codes of the neighbours in the offline basemap (its features carry alpha-3 `a3`). */
const NEIGHBOURS: Record<string, string> = { SWE: 'SE', DEU: 'DE' };

interface BasemapCollection {
  features: readonly {
    properties?: { a3?: string } | null;
    geometry: { type: string; coordinates?: unknown } | null;
  }[];
}

/** Land polygons of Denmark's neighbours from the offline basemap, for border-distance checks. */
export function neighbourLandFromBasemap(
  collection: BasemapCollection,
): { country: string; polygons: Position[][][] }[] {
  const byCountry = new Map<string, Position[][][]>();
  for (const feature of collection.features) {
    const country = NEIGHBOURS[feature.properties?.a3 ?? ''];
    if (!country || feature.geometry?.type !== 'Polygon') continue;
    byCountry.set(country, [...(byCountry.get(country) ?? []), feature.geometry.coordinates as Position[][]]);
  }
  return [...byCountry].map(([country, polygons]) => ({ country, polygons }));
}
