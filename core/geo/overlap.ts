import { intersect, featureCollection, polygon as turfPolygon, multiPolygon as turfMultiPolygon } from '@turf/turf';
import type { MultiPolygon as GeoJsonMultiPolygon, Polygon as GeoJsonPolygon } from 'geojson';
import type { AreaGeometry, Position } from '../project/schema';
import { areaKm2Utm32 } from './measure';
import { wgs84ToUtm32 } from './projection';

function feature(geometry: AreaGeometry) {
  return geometry.type === 'Polygon' ? turfPolygon(geometry.coordinates) : turfMultiPolygon(geometry.coordinates);
}

/** Area in km² (EPSG:25832) of the intersection of two area geometries; 0 when they do not overlap. */
export function intersectionAreaKm2(a: AreaGeometry, b: AreaGeometry): number {
  try {
    const result = intersect(featureCollection<GeoJsonPolygon | GeoJsonMultiPolygon>([feature(a), feature(b)]));
    if (!result) return 0;
    return areaKm2Utm32(result.geometry as AreaGeometry);
  } catch {
    return 0;
  }
}

type Segment = [[number, number], [number, number]];

function segmentsOf(rings: readonly (readonly Position[])[]): Segment[] {
  const out: Segment[] = [];
  for (const ring of rings) {
    const pts = ring.map((p) => wgs84ToUtm32(p));
    for (let i = 1; i < pts.length; i++) out.push([pts[i - 1] as [number, number], pts[i] as [number, number]]);
  }
  return out;
}

function pointSegmentDistanceM([px, py]: [number, number], [[ax, ay], [bx, by]]: Segment): number {
  const dx = bx - ax;
  const dy = by - ay;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

function ringsOf(geometry: AreaGeometry): Position[][] {
  return geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
}

/**
 * Shortest distance in km (EPSG:25832 metres) between the boundaries of an area and a set of
 * polygons (each given as rings), 0 when they overlap. Exact for polygons that do not intersect.
 */
export function distanceToPolygonsKm(area: AreaGeometry, polygons: readonly (readonly Position[][])[]): number {
  if (polygons.length === 0) return Infinity;
  const mine = segmentsOf(ringsOf(area));
  let best = Infinity;
  for (const rings of polygons) {
    const other: AreaGeometry = { type: 'Polygon', coordinates: rings as Position[][] };
    if (intersectionAreaKm2(area, other) > 0) return 0;
    const theirs = segmentsOf(rings);
    for (const [p] of mine) for (const s of theirs) best = Math.min(best, pointSegmentDistanceM(p, s));
    for (const [p] of theirs) for (const s of mine) best = Math.min(best, pointSegmentDistanceM(p, s));
  }
  return best / 1000;
}
