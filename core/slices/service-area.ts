import { buffer, circle, lineString } from '@turf/turf';
import type { AreaGeometry, Project } from '../project/schema';
import type { Slice } from './schema';

/** Radius of the area served around a site named in a slice's area of service, m. */
export const SITE_SERVICE_RADIUS_M = 500;

/** Where and at which height a slice must be served: polygons (WGS84) and the receiver height. */
export interface ServiceRegion {
  parts: AreaGeometry[];
  /** Receiver height above ground, m: the slice's altitude, else its corridors' altitude, else 1.5 m. */
  rxHeightM: number;
}

/**
 * The slice's area of service as polygons: its areas, its corridors buffered by half their width,
 * and circles around its sites. Empty when the slice names nothing (the caller picks a default).
 */
export function serviceRegion(project: Pick<Project, 'areas' | 'corridors' | 'sites'>, slice: Slice): ServiceRegion {
  const aos = slice.areaOfService;
  const parts: AreaGeometry[] = [];
  for (const id of aos.areaIds) {
    const area = project.areas.find((a) => a.id === id);
    if (area) parts.push(area.geometry);
  }
  const corridors = aos.corridorIds.flatMap((id) => project.corridors.filter((c) => c.id === id));
  for (const corridor of corridors) {
    const poly = buffer(lineString(corridor.coordinates), corridor.widthM / 2 / 1000, { units: 'kilometers' });
    if (poly && (poly.geometry.type === 'Polygon' || poly.geometry.type === 'MultiPolygon'))
      parts.push(poly.geometry as AreaGeometry);
  }
  for (const id of aos.siteIds) {
    const site = project.sites.find((s) => s.id === id);
    if (site)
      parts.push(
        circle([site.lon, site.lat], SITE_SERVICE_RADIUS_M / 1000, { units: 'kilometers', steps: 32 })
          .geometry as AreaGeometry,
      );
  }
  const corridorAltitude = corridors.length > 0 ? Math.max(...corridors.map((c) => c.altitudeM)) : null;
  return { parts, rxHeightM: aos.altitudeM ?? corridorAltitude ?? 1.5 };
}
