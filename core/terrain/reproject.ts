import { utm32ToWgs84, wgs84ToUtm32 } from '../geo/projection';
import { DEM_BLOCK_SHIFT, demBlockFor, demBlockOffset, emptyDem, finishDem, type Dem, type DemKind } from './dem';

const METRES_PER_DEGREE_LAT = 111_320;

/** A dense north-up raster in WGS84 degrees (pixel (col, row) from the north-west corner). */
export interface DegreeRaster {
  originLon: number;
  originLat: number;
  pixelSizeLon: number;
  pixelSizeLat: number;
  width: number;
  height: number;
  /** Row-major heights, NaN = no data. */
  values: Float32Array;
}

/** Ground size in m of a degree raster's pixel: the smaller side, at its centre latitude. */
export function degreePixelSizeM(r: DegreeRaster): number {
  const latRad = ((r.originLat - (r.height * r.pixelSizeLat) / 2) * Math.PI) / 180;
  return Math.min(r.pixelSizeLat * METRES_PER_DEGREE_LAT, r.pixelSizeLon * METRES_PER_DEGREE_LAT * Math.cos(latRad));
}

/**
 * The raster resampled onto a square EPSG:25832 lattice of about its own ground resolution (nearest pixel, as
 * every model is a set of flat pixels). Geographic coordinates of the lattice pixels are interpolated inside
 * each 128 × 128 block from proj4 at its corners (error far below a pixel at these sizes).
 */
export function reprojectDegreeRaster(r: DegreeRaster, meta: { kind: DemKind; noData: number | null }): Dem {
  const res = degreePixelSizeM(r);
  const lon1 = r.originLon + r.width * r.pixelSizeLon;
  const lat1 = r.originLat - r.height * r.pixelSizeLat;
  let [minE, minN, maxE, maxN] = [Infinity, Infinity, -Infinity, -Infinity];
  for (let i = 0; i <= 8; i++)
    for (let j = 0; j <= 8; j++) {
      const [e, n] = wgs84ToUtm32([
        r.originLon + ((lon1 - r.originLon) * i) / 8,
        r.originLat + ((lat1 - r.originLat) * j) / 8,
      ]);
      [minE, minN, maxE, maxN] = [Math.min(minE, e), Math.min(minN, n), Math.max(maxE, e), Math.max(maxN, n)];
    }
  const originX = Math.floor(minE / res) * res;
  const originY = Math.ceil(maxN / res) * res;
  const grid = {
    originX,
    originY,
    pixelSizeX: res,
    pixelSizeY: res,
    width: Math.max(1, Math.ceil((maxE - originX) / res)),
    height: Math.max(1, Math.ceil((originY - minN) / res)),
  };
  const dem = emptyDem(grid, { ...meta, sourceCrs: 'EPSG:4326' });
  const side = 1 << DEM_BLOCK_SHIFT;
  const geo = (c: number, row: number) => utm32ToWgs84([originX + c * res, originY - row * res]);
  for (let by = 0; by < dem.blocksY; by++)
    for (let bx = 0; bx < dem.blocksX; bx++) {
      const c0 = bx * side;
      const r0 = by * side;
      const [nw, ne, sw, se] = [geo(c0, r0), geo(c0 + side, r0), geo(c0, r0 + side), geo(c0 + side, r0 + side)];
      for (let rr = 0; rr < side && r0 + rr < grid.height; rr++) {
        const ty = (rr + 0.5) / side;
        for (let cc = 0; cc < side && c0 + cc < grid.width; cc++) {
          const tx = (cc + 0.5) / side;
          const lon = (nw[0] * (1 - tx) + ne[0] * tx) * (1 - ty) + (sw[0] * (1 - tx) + se[0] * tx) * ty;
          const lat = (nw[1] * (1 - tx) + ne[1] * tx) * (1 - ty) + (sw[1] * (1 - tx) + se[1] * tx) * ty;
          const sc = Math.floor((lon - r.originLon) / r.pixelSizeLon);
          const sr = Math.floor((r.originLat - lat) / r.pixelSizeLat);
          if (sc < 0 || sr < 0 || sc >= r.width || sr >= r.height) continue;
          const v = r.values[sr * r.width + sc] as number;
          if (!Number.isNaN(v)) demBlockFor(dem, c0 + cc, r0 + rr)[demBlockOffset(c0 + cc, r0 + rr)] = v;
        }
      }
    }
  return finishDem(dem);
}
