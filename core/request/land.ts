import { landRingsUtm, type NeighbourLand } from '../coverage/border-field';
import { intersectionAreaKm2 } from '../geo/overlap';
import type { AreaGeometry, Position } from '../project/schema';
import type { MapLand } from './model';

/** ISO 3166 alpha-2 codes of the countries in the offline basemap (its features carry alpha-3 `a3`). */
const ALPHA2: Record<string, string> = { DNK: 'DK', SWE: 'SE', DEU: 'DE' };

interface BasemapCollection {
  features: readonly {
    properties?: { a3?: string } | null;
    geometry: { type: string; coordinates?: unknown } | null;
  }[];
}

/** Land polygons per country from the offline basemap (data/basemap/denmark-land.json), rings in WGS84. */
export function landFromBasemap(collection: BasemapCollection): NeighbourLand[] {
  const byCountry = new Map<string, Position[][][]>();
  for (const feature of collection.features) {
    const country = ALPHA2[feature.properties?.a3 ?? ''];
    const g = feature.geometry;
    if (!country || !g) continue;
    const polygons =
      g.type === 'Polygon'
        ? [g.coordinates as Position[][]]
        : g.type === 'MultiPolygon'
          ? (g.coordinates as Position[][][])
          : [];
    byCountry.set(country, [...(byCountry.get(country) ?? []), ...polygons]);
  }
  return [...byCountry].map(([country, polygons]) => ({ country, polygons }));
}

function bboxOfRings(rings: readonly (readonly Position[])[]): [number, number, number, number] {
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const ring of rings)
    for (const [x, y] of ring) {
      if (x < minX) minX = x;
      if (x > maxX) maxX = x;
      if (y < minY) minY = y;
      if (y > maxY) maxY = y;
    }
  return [minX, minY, maxX, maxY];
}

const overlaps = (a: number[], b: number[]) => !(a[2]! < b[0]! || b[2]! < a[0]! || a[3]! < b[1]! || b[3]! < a[1]!);

/** km² (EPSG:25832) of the area over each country's land other than `home`; countries without overlap are left out. */
export function foreignLandOverlap(
  area: AreaGeometry,
  land: readonly NeighbourLand[],
  home: string,
): { country: string; overlapKm2: number }[] {
  const box = bboxOfRings(area.type === 'Polygon' ? area.coordinates : area.coordinates.flat());
  const out: { country: string; overlapKm2: number }[] = [];
  for (const { country, polygons } of land) {
    if (country === home) continue;
    let km2 = 0;
    for (const polygon of polygons) {
      if (!overlaps(box, bboxOfRings(polygon))) continue;
      // Clip the (possibly huge) land polygon to the area's box first: the intersection then stays small.
      const pad = 0.001;
      const clipBox: [number, number, number, number] = [box[0]! - pad, box[1]! - pad, box[2]! + pad, box[3]! + pad];
      const clipped = polygon
        .map((ring) => clipRing(ring.slice(0, -1) as [number, number][], clipBox))
        .filter((ring) => ring.length >= 3)
        .map((ring) => [...ring, ring[0] as [number, number]]);
      if (clipped.length === 0 || clipped[0]!.length < 4) continue;
      km2 += intersectionAreaKm2(area, { type: 'Polygon', coordinates: clipped });
    }
    if (km2 > 0) out.push({ country, overlapKm2: km2 });
  }
  return out;
}

/** Sutherland–Hodgman clip of a closed ring (EPSG:25832) to an axis-aligned box; fills stay correct. */
function clipRing(ring: [number, number][], box: [number, number, number, number]): [number, number][] {
  const [x0, y0, x1, y1] = box;
  const edges: [(p: [number, number]) => boolean, (a: [number, number], b: [number, number]) => [number, number]][] = [
    [(p) => p[0] >= x0, (a, b) => [x0, a[1] + ((b[1] - a[1]) * (x0 - a[0])) / (b[0] - a[0])]],
    [(p) => p[0] <= x1, (a, b) => [x1, a[1] + ((b[1] - a[1]) * (x1 - a[0])) / (b[0] - a[0])]],
    [(p) => p[1] >= y0, (a, b) => [a[0] + ((b[0] - a[0]) * (y0 - a[1])) / (b[1] - a[1]), y0]],
    [(p) => p[1] <= y1, (a, b) => [a[0] + ((b[0] - a[0]) * (y1 - a[1])) / (b[1] - a[1]), y1]],
  ];
  let out = ring;
  for (const [inside, cut] of edges) {
    const input = out;
    out = [];
    for (let i = 0; i < input.length; i++) {
      const cur = input[i] as [number, number];
      const prev = input[(i + input.length - 1) % input.length] as [number, number];
      if (inside(cur)) {
        if (!inside(prev)) out.push(cut(prev, cur));
        out.push(cur);
      } else if (inside(prev)) out.push(cut(prev, cur));
    }
    if (out.length === 0) break;
  }
  return out;
}

/** Land rings in EPSG:25832 clipped to `box` (minE, minN, maxE, maxN), for the request map. */
export function landInBox(
  land: readonly NeighbourLand[],
  home: string,
  box: [number, number, number, number],
): MapLand[] {
  const out: MapLand[] = [];
  for (const neighbour of land) {
    const rings: [number, number][][] = [];
    for (const ring of landRingsUtm(neighbour)) {
      if (!overlaps(box, ring.box)) continue;
      const clipped = clipRing(ring.points, box);
      if (clipped.length >= 3) rings.push(clipped);
    }
    if (rings.length > 0) out.push({ country: neighbour.country, home: neighbour.country === home, rings });
  }
  return out;
}
