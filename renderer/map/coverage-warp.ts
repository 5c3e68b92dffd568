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

/** The output side of a warp: image size in pixels and the WGS84 / Web Mercator extent it covers. */
export interface WarpFrame {
  width: number;
  height: number;
  /** [south, west, north, east] in degrees. */
  bounds: [number, number, number, number];
  yN: number;
  ySpan: number;
}

/** The Web Mercator image a grid is warped onto: about one output pixel per raster pixel, longest side ≤ maxSidePx. */
export function warpFrame(grid: GridSpec, maxSidePx = 2048): WarpFrame {
  const bounds = gridBoundsWgs84(grid);
  const [south, west, north, east] = bounds;
  const yN = mercY(north);
  const ySpan = yN - mercY(south);
  const xSpan = ((east - west) * Math.PI) / 180;
  const scale = Math.min(1, maxSidePx / Math.max(grid.width, grid.height));
  const longSide = Math.max(grid.width, grid.height) * scale;
  const width = Math.max(1, Math.round(xSpan >= ySpan ? longSide : (longSide * xSpan) / ySpan));
  const height = Math.max(1, Math.round(xSpan >= ySpan ? (longSide * ySpan) / xSpan : longSide));
  return { width, height, bounds, yN, ySpan };
}

/**
 * Output rows [first, last) of `frame` that grid rows [row0, row1) (full width) can reach: the band's corners
 * projected, plus a pixel of margin for the nearest-neighbour sampling.
 */
export function outputRowsOf(frame: WarpFrame, grid: GridSpec, row0: number, row1: number): [number, number] {
  const e0 = grid.originE;
  const e1 = grid.originE + grid.width * grid.resolutionM;
  const nTop = grid.originN - row0 * grid.resolutionM;
  const nBottom = grid.originN - row1 * grid.resolutionM;
  const rows = [
    [e0, nTop],
    [e1, nTop],
    [e0, nBottom],
    [e1, nBottom],
  ].map(([e, n]) => ((frame.yN - mercY(utm32ToWgs84([e as number, n as number])[1])) / frame.ySpan) * frame.height);
  const first = Math.max(0, Math.floor(Math.min(...rows)) - 1);
  const last = Math.min(frame.height, Math.ceil(Math.max(...rows)) + 1);
  return [first, Math.max(first, last)];
}

/**
 * Warps output rows [outRow0, outRow1) of `frame` from an EPSG:25832 raster into RGBA `data` (frame-sized), clearing
 * them first. Per output row the two row ends are projected exactly and the columns interpolated linearly (sub-metre
 * error at municipal scale); nearest-neighbour sampling. `colour(index, out, offset)` writes RGBA of raster pixel
 * `index` into `out`.
 */
export function warpRowsInto(
  frame: WarpFrame,
  grid: GridSpec,
  colour: (index: number, out: Uint8ClampedArray, offset: number) => void,
  data: Uint8ClampedArray,
  outRow0: number,
  outRow1: number,
): void {
  const { width: outW, height: outH, yN, ySpan } = frame;
  const [, west, , east] = frame.bounds;
  const res = grid.resolutionM;
  data.fill(0, outRow0 * outW * 4, outRow1 * outW * 4);
  for (let row = outRow0; row < outRow1; row++) {
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
}

/**
 * Warps an EPSG:25832 raster onto a Web Mercator image covering gridBoundsWgs84(grid), so an L.imageOverlay at
 * those bounds puts every pixel where it belongs (UTM zone 32 is rotated ~1.3° against the map on Langeland,
 * which a plain stretch would turn into offsets of a few hundred metres at the edges of a 20 km raster).
 * The output's longest side is at most `maxSidePx` (see warpFrame, warpRowsInto).
 */
export function warpToMercator(
  grid: GridSpec,
  colour: (index: number, out: Uint8ClampedArray, offset: number) => void,
  maxSidePx = 2048,
): { image: ImageData; bounds: [number, number, number, number] } {
  const frame = warpFrame(grid, maxSidePx);
  const image = new ImageData(frame.width, frame.height);
  warpRowsInto(frame, grid, colour, image.data, 0, frame.height);
  return { image, bounds: frame.bounds };
}
