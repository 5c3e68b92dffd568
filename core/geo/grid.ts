import type { AreaGeometry } from '../project/schema';
import { wgs84ToUtm32 } from './projection';

/**
 * A north-up raster grid in EPSG:25832. Pixel (col, row) covers
 * [originE + col·res, originE + (col+1)·res] × [originN − (row+1)·res, originN − row·res];
 * row 0 is the northern edge (GeoTIFF order).
 */
export interface GridSpec {
  /** Easting of the western edge, m. */
  originE: number;
  /** Northing of the northern edge, m. */
  originN: number;
  /** Pixel size, m. */
  resolutionM: number;
  width: number;
  height: number;
}

/** Easting of a pixel column's centre, m. */
export function pixelCentreE(grid: GridSpec, col: number): number {
  return grid.originE + (col + 0.5) * grid.resolutionM;
}

/** Northing of a pixel row's centre, m. */
export function pixelCentreN(grid: GridSpec, row: number): number {
  return grid.originN - (row + 0.5) * grid.resolutionM;
}

/** Distance in m from (e, n) to the grid's farthest corner: no pixel of the grid is farther. */
export function farthestCornerM(grid: GridSpec, e: number, n: number): number {
  const e1 = grid.originE + grid.width * grid.resolutionM;
  const n0 = grid.originN - grid.height * grid.resolutionM;
  return Math.hypot(
    Math.max(Math.abs(e - grid.originE), Math.abs(e - e1)),
    Math.max(Math.abs(n - grid.originN), Math.abs(n - n0)),
  );
}

/** Returns the grid covering an EPSG:25832 bounding box [minE, minN, maxE, maxN], snapped outwards to the resolution. */
export function gridForBounds(
  [minE, minN, maxE, maxN]: readonly [number, number, number, number],
  resolutionM: number,
): GridSpec {
  const originE = Math.floor(minE / resolutionM) * resolutionM;
  const originN = Math.ceil(maxN / resolutionM) * resolutionM;
  const width = Math.max(1, Math.ceil((maxE - originE) / resolutionM));
  const height = Math.max(1, Math.ceil((originN - minN) / resolutionM));
  return { originE, originN, resolutionM, width, height };
}

/** EPSG:25832 bounding box [minE, minN, maxE, maxN] of a WGS84 area geometry. */
export function utmBoundsOf(geometry: AreaGeometry): [number, number, number, number] {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  let [minE, minN, maxE, maxN] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const polygon of polygons) {
    for (const [lon, lat] of polygon[0] ?? []) {
      const [e, n] = wgs84ToUtm32([lon, lat]);
      minE = Math.min(minE, e);
      minN = Math.min(minN, n);
      maxE = Math.max(maxE, e);
      maxN = Math.max(maxN, n);
    }
  }
  return [minE, minN, maxE, maxN];
}
