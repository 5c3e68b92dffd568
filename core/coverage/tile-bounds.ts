import { BEARING_LUT_SIZE, bearingTurns, tableRangeExtrema } from './beam-tables';
import type { CellModel } from './cell-model';

/** Extent of a tile's pixel centres in EPSG:25832 m. */
export interface TileRect {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

/** Bearing slack in turns (0.036°) around a tile's corners: covers the kernel's atan approximation (≤ 2·10⁻⁶). */
const BEARING_MARGIN = 1e-4;
/** Relative slack on bounds for float rounding between tables and kernel. */
const SLACK = 1e-6;

/** Distance in m from v to [lo, hi] (0 inside). */
export function nearGap(v: number, lo: number, hi: number): number {
  return v < lo ? lo - v : v > hi ? v - hi : 0;
}

/** The bearing interval [lo, hi] in turns (hi − lo < 1/2) of a tile seen from (e, n); null from inside the tile. */
export function bearingInterval(e: number, n: number, r: TileRect): [number, number] | null {
  if (e >= r.x0 && e <= r.x1 && n >= r.y0 && n <= r.y1) return null;
  const t0 = bearingTurns(r.x0 - e, r.y0 - n);
  let lo = 0;
  let hi = 0;
  for (const [x, y] of [
    [r.x0, r.y1],
    [r.x1, r.y0],
    [r.x1, r.y1],
  ] as const) {
    let d = bearingTurns(x - e, y - n) - t0;
    if (d > 0.5) d -= 1;
    else if (d <= -0.5) d += 1;
    if (d < lo) lo = d;
    if (d > hi) hi = d;
  }
  return [t0 + lo - BEARING_MARGIN, t0 + hi + BEARING_MARGIN];
}

/** The bearing table at relative bearing |φ| (turns, 0…1/2), interpolated as the kernel does. */
function gainAt(table: Float32Array, absTurns: number): number {
  const q = absTurns * BEARING_LUT_SIZE;
  const j = Math.floor(q);
  return (table[j] as number) + (q - j) * ((table[j + 1] as number) - (table[j] as number));
}

/**
 * [min, max] of a sector's horizontal gain over a bearing interval: the TR 38.901 cut is non-increasing in |φ|, so
 * the extremes sit at the smallest and largest |φ| the interval reaches (0 and 1/2 turn included when crossed).
 */
export function gainRange(
  table: Float32Array,
  azimuthTurns: number,
  interval: [number, number] | null,
): [number, number] {
  if (!interval) return [gainAt(table, 0.5), gainAt(table, 0)];
  let a = interval[0] - azimuthTurns;
  a -= Math.round(a); // (−1/2, 1/2]
  const b = a + (interval[1] - interval[0]);
  let minAbs: number;
  let maxAbs: number;
  if (a <= 0 && b >= 0) {
    minAbs = 0;
    maxAbs = Math.min(0.5, Math.max(-a, b));
  } else if (b < 0) {
    minAbs = -b;
    maxAbs = -a;
  } else if (b <= 0.5) {
    minAbs = a;
    maxAbs = b;
  } else {
    minAbs = Math.max(0, Math.min(a, 1 - b));
    maxAbs = 0.5;
  }
  return [gainAt(table, Math.min(0.5, maxAbs)), gainAt(table, Math.min(0.5, minAbs))];
}

/**
 * Upper and lower bounds in mW per RE of what the kernel computes for a cell at any pixel whose distance lies in
 * [dNearM, dFarM] and bearing in `interval` (without extra loss): eirp·max(main·g, cap) with each factor at its
 * extreme over the ranges (block range queries on the distance tables, gainRange on the bearing table).
 */
export function cellTileBounds(
  m: CellModel,
  dNearM: number,
  dFarM: number,
  interval: [number, number] | null,
): { upperMw: number; lowerMw: number } {
  const k0 = Math.floor(Math.sqrt(dNearM) * m.invStep) - 1;
  const k1 = Math.floor(Math.sqrt(dFarM) * m.invStep) + 2;
  const { blocks } = m;
  const [mainMin, mainMax] = tableRangeExtrema(m.mainRel, blocks.mainMin, blocks.mainMax, k0, k1);
  if (!m.bearingGain || !m.capRel || !blocks.capMin || !blocks.capMax)
    return { upperMw: m.eirpMw * mainMax * (1 + SLACK), lowerMw: m.eirpMw * mainMin * (1 - SLACK) };
  const [capMin, capMax] = tableRangeExtrema(m.capRel, blocks.capMin, blocks.capMax, k0, k1);
  const [gainMin, gainMax] = gainRange(m.bearingGain, m.azimuthTurns, interval);
  return {
    upperMw: m.eirpMw * Math.max(mainMax * gainMax, capMax) * (1 + SLACK),
    lowerMw: m.eirpMw * Math.max(mainMin * gainMin, capMin) * (1 - SLACK),
  };
}
