import type { GridSpec } from '../../core/geo/grid';
import { utm32ToWgs84, wgs84ToUtm32 } from '../../core/geo/projection';

/** WGS84 bounds [south, west, north, east] in degrees of an EPSG:25832 grid (its four corners and edge midpoints). */
export function gridBoundsWgs84(grid: GridSpec): [number, number, number, number] {
  const e0 = grid.originE;
  const e1 = grid.originE + grid.width * grid.resolutionM;
  const n0 = grid.originN - grid.height * grid.resolutionM;
  const n1 = grid.originN;
  const em = (e0 + e1) / 2;
  const nm = (n0 + n1) / 2;
  const pts = [
    [e0, n0],
    [e1, n0],
    [e0, n1],
    [e1, n1],
    [em, n0],
    [em, n1],
    [e0, nm],
    [e1, nm],
  ].map(([e, n]) => utm32ToWgs84([e as number, n as number]));
  const lons = pts.map((p) => p[0]);
  const lats = pts.map((p) => p[1]);
  return [Math.min(...lats), Math.min(...lons), Math.max(...lats), Math.max(...lons)];
}

const mercY = (latDeg: number) => Math.log(Math.tan(Math.PI / 4 + (latDeg * Math.PI) / 360));
const latOfMercY = (y: number) => (360 / Math.PI) * Math.atan(Math.exp(y)) - 90;

/**
 * Warps an EPSG:25832 raster onto a Web Mercator image covering gridBoundsWgs84(grid), so an L.imageOverlay at
 * those bounds puts every pixel where it belongs (UTM zone 32 is rotated ~1.3° against the map on Langeland,
 * which a plain stretch would turn into offsets of a few hundred metres at the edges of a 20 km raster).
 * Per output row the two row ends are projected exactly and the columns interpolated linearly (sub-metre error
 * at municipal scale); nearest-neighbour sampling. `colour(index, out, offset)` writes RGBA of raster pixel
 * `index` into `out`. The output's longest side is at most `maxSidePx`.
 */
export function warpToMercator(
  grid: GridSpec,
  colour: (index: number, out: Uint8ClampedArray, offset: number) => void,
  maxSidePx = 2048,
): { image: ImageData; bounds: [number, number, number, number] } {
  const bounds = gridBoundsWgs84(grid);
  const [south, west, north, east] = bounds;
  const yN = mercY(north);
  const yS = mercY(south);
  const xSpan = ((east - west) * Math.PI) / 180;
  const ySpan = yN - yS;
  // About one output pixel per raster pixel along the longer side.
  const scale = Math.min(1, maxSidePx / Math.max(grid.width, grid.height));
  const longSide = Math.max(grid.width, grid.height) * scale;
  const outW = Math.max(1, Math.round(xSpan >= ySpan ? longSide : (longSide * xSpan) / ySpan));
  const outH = Math.max(1, Math.round(xSpan >= ySpan ? (longSide * ySpan) / xSpan : longSide));
  const image = new ImageData(outW, outH);
  const data = image.data;
  const res = grid.resolutionM;
  for (let row = 0; row < outH; row++) {
    const lat = latOfMercY(yN - ((row + 0.5) / outH) * ySpan);
    const lonAt = (col: number) => west + ((col + 0.5) / outW) * (east - west);
    const [eA, nA] = wgs84ToUtm32([lonAt(0), lat]);
    const [eB, nB] = wgs84ToUtm32([lonAt(outW - 1), lat]);
    const dE = outW > 1 ? (eB - eA) / (outW - 1) : 0;
    const dN = outW > 1 ? (nB - nA) / (outW - 1) : 0;
    for (let col = 0; col < outW; col++) {
      const c = Math.floor((eA + col * dE - grid.originE) / res);
      const r = Math.floor((grid.originN - (nA + col * dN)) / res);
      if (c < 0 || r < 0 || c >= grid.width || r >= grid.height) continue;
      colour(r * grid.width + c, data, (row * outW + col) * 4);
    }
  }
  return { image, bounds };
}
