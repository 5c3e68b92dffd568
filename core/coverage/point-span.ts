import { farthestCornerM, type GridSpec } from '../geo/grid';
import { wgs84ToUtm32 } from '../geo/projection';
import type { Corridor, Site } from '../project/schema';
import type { RadioCell } from './cells';

/**
 * How far the distance tables must reach for the point evaluations of a coverage run (sites, corridor samples): the
 * grid's farthest corner from each cell, and the farthest corner of the box around every site and corridor vertex
 * (widened by the largest corridor half-width). The app and the CLI size them alike, and a run whose points lie in
 * its grid reuses the raster's tables.
 */
export function pointTableSpanM(
  grid: GridSpec,
  cells: readonly RadioCell[],
  sites: readonly Pick<Site, 'lon' | 'lat'>[],
  corridors: readonly Pick<Corridor, 'coordinates' | 'widthM'>[],
): number {
  // The points' bounding box, widened by the largest corridor half-width: no point is farther from a cell than its
  // farthest corner (O(cells + points) for projects with thousands of each).
  let [minE, minN, maxE, maxN, margin] = [Infinity, Infinity, -Infinity, -Infinity, 0];
  const add = (lon: number, lat: number) => {
    const [e, n] = wgs84ToUtm32([lon, lat]);
    [minE, minN, maxE, maxN] = [Math.min(minE, e), Math.min(minN, n), Math.max(maxE, e), Math.max(maxN, n)];
  };
  for (const s of sites) add(s.lon, s.lat);
  for (const c of corridors) {
    for (const [lon, lat] of c.coordinates) add(lon as number, lat as number);
    margin = Math.max(margin, c.widthM / 2);
  }
  const box: GridSpec | null =
    minE <= maxE
      ? {
          originE: minE - margin,
          originN: maxN + margin,
          resolutionM: 1,
          width: maxE - minE + 2 * margin,
          height: maxN - minN + 2 * margin,
        }
      : null;
  let span = 0;
  for (const cell of cells) {
    span = Math.max(span, farthestCornerM(grid, cell.e, cell.n));
    if (box) span = Math.max(span, farthestCornerM(box, cell.e, cell.n));
  }
  return span;
}
