/** One place of the offline gazetteer (data/gazetteer/denmark-places.json, GeoNames cities500, CC BY 4.0). */
export interface Place {
  name: string;
  lat: number;
  lon: number;
  population: number;
  /** GeoNames feature code: PPLC capital, PPLA/PPLA2 seat of a region or municipality, PPL populated place. */
  featureCode: string;
  alternateNames: string[];
}

type Row = [string, number, number, number, string, string[]];

/** Attribution shown with place results. */
export const GAZETTEER_ATTRIBUTION = 'Stednavne/place names © GeoNames, CC BY 4.0';

let loaded: Promise<Place[]> | null = null;

/**
 * The offline gazetteer's places, loaded once as a lazy chunk (never from the network). Empty when the file was
 * not generated (scripts/build-gazetteer.mjs runs at npm install).
 */
export function loadGazetteer(): Promise<Place[]> {
  loaded ??= (async () => {
    const loaders = import.meta.glob<{ places: Row[] }>('../../../data/gazetteer/denmark-places.json', {
      import: 'default',
    });
    const load = Object.values(loaders)[0];
    if (!load) return [];
    const { places } = await load();
    return places.map(([name, lat, lon, population, featureCode, alternateNames]) => ({
      name,
      lat,
      lon,
      population,
      featureCode,
      alternateNames,
    }));
  })();
  return loaded;
}
