import { difference, feature, featureCollection } from '@turf/turf';
import type { Feature, MultiPolygon as GjMultiPolygon, Polygon as GjPolygon } from 'geojson';
import type { AreaGeometry } from '../project/schema';

/** Coverage gaps: the area of interest minus the covered area (turf difference, WGS84), or null when fully covered. */
export function coverageGaps(aoi: AreaGeometry, covered: AreaGeometry | null): AreaGeometry | null {
  if (!covered) return aoi;
  const result = difference(
    featureCollection([feature(aoi as GjPolygon | GjMultiPolygon), feature(covered as GjPolygon | GjMultiPolygon)]),
  ) as Feature<GjPolygon | GjMultiPolygon> | null;
  return result ? (result.geometry as AreaGeometry) : null;
}
