import { utm32ToWgs84, wgs84ToUtm32 } from '../geo/projection';
import type { Area, AreaGeometry, Project } from '../project/schema';

/** Where the default area of analysis came from. */
export type AoiSource = 'area' | 'interest' | 'lease' | 'sites-bbox';

/**
 * The area a coverage analysis looks at: the named area, else the first area of interest, else the first lease
 * area, else the bounding box of the sites grown by `marginM` (default 5 km). null when there is nothing to use.
 */
export function defaultAoi(
  project: Pick<Project, 'areas' | 'sites'>,
  areaId?: string,
  marginM = 5000,
): { id: string; geometry: AreaGeometry; source: AoiSource } | null {
  if (areaId !== undefined) {
    const area = project.areas.find((a) => a.id === areaId);
    return area ? { id: area.id, geometry: area.geometry, source: 'area' } : null;
  }
  const pick = (kind: Area['kind']) => project.areas.find((a) => a.kind === kind);
  const interest = pick('interest');
  if (interest) return { id: interest.id, geometry: interest.geometry, source: 'interest' };
  const lease = pick('lease');
  if (lease) return { id: lease.id, geometry: lease.geometry, source: 'lease' };
  if (project.sites.length === 0) return null;
  const pts = project.sites.map((s) => wgs84ToUtm32([s.lon, s.lat]));
  const minE = Math.min(...pts.map((p) => p[0])) - marginM;
  const maxE = Math.max(...pts.map((p) => p[0])) + marginM;
  const minN = Math.min(...pts.map((p) => p[1])) - marginM;
  const maxN = Math.max(...pts.map((p) => p[1])) + marginM;
  const ring = [
    [minE, minN],
    [maxE, minN],
    [maxE, maxN],
    [minE, maxN],
    [minE, minN],
  ].map(([e, n]) => utm32ToWgs84([e as number, n as number]));
  return { id: 'sites-bbox', geometry: { type: 'Polygon', coordinates: [ring] }, source: 'sites-bbox' };
}
