import type { Problem } from '../project/problem';
import type { Area, AreaKind, Corridor, Position, Site } from '../project/schema';

/** What an importer found, ready to be previewed and applied as one undoable action. */
export interface ImportedData {
  sites: Site[];
  areas: Area[];
  corridors: Corridor[];
}

/** A CSV row left out of an import, with its cells as read and why. */
export interface SkippedRow {
  /** 1-based line the row starts on. */
  line: number;
  cells: string[];
  problems: Problem[];
}

/** Description of an imported file for the preview and `frekvensplan inspect`. */
export interface ImportSummary {
  format: 'geojson' | 'kml' | 'csv';
  /** CRS the coordinates were given in. */
  crs: 'EPSG:4326' | 'EPSG:25832';
  featureCount: number;
  /** Feature counts by GeoJSON geometry type, e.g. { Point: 3, Polygon: 1 }. */
  byGeometry: Record<string, number>;
  /** WGS84 bounding box [west, south, east, north] of what was imported, or null. */
  bboxWgs84: [number, number, number, number] | null;
}

export interface ImportOptions {
  file?: string;
  /** Returns a new unique id; injected so core stays free of randomness. */
  makeId?: (prefix: string, index: number) => string;
  /** Kind given to imported polygons without a valid `kind` property. */
  areaKind?: AreaKind;
  /** Corridor defaults when the file has no width/altitude properties. */
  corridorWidthM?: number;
  corridorAltitudeM?: number;
}

/** Approximate WGS84 extent of Denmark incl. Bornholm and territorial waters. */
export const DENMARK_BBOX: readonly [number, number, number, number] = [7.5, 54.4, 15.5, 58.0];

/** True when a WGS84 position lies inside DENMARK_BBOX. */
export function inDenmark([lon, lat]: readonly [number, number]): boolean {
  return lon >= DENMARK_BBOX[0] && lon <= DENMARK_BBOX[2] && lat >= DENMARK_BBOX[1] && lat <= DENMARK_BBOX[3];
}

/** Every WGS84 position in imported data. */
export function collectPositions(data: ImportedData): Position[] {
  const out: Position[] = data.sites.map((s): Position => [s.lon, s.lat]);
  // Element by element: spreading a 120k-point ring into push() overflows the call stack (C2).
  for (const c of data.corridors) for (const p of c.coordinates) out.push(p);
  for (const a of data.areas) {
    const polys = a.geometry.type === 'Polygon' ? [a.geometry.coordinates] : a.geometry.coordinates;
    for (const poly of polys) for (const ring of poly) for (const p of ring) out.push(p);
  }
  return out;
}

/** WGS84 bounding box [west, south, east, north] of the finite positions, or null when there are none. */
export function bboxOf(positions: readonly Position[]): [number, number, number, number] | null {
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of positions) {
    if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
    w = Math.min(w, x);
    s = Math.min(s, y);
    e = Math.max(e, x);
    n = Math.max(n, y);
  }
  return w <= e ? [w, s, e, n] : null;
}
