import type { GridSpec } from '../geo/grid';
import type { CellModel, PreparedCells } from './cell-model';
import { bearingInterval, cellTileBounds, nearGap } from './tile-bounds';

/** How a tile row is culled: the job's SINR settings and whether culling is on at all. */
export interface CullSettings {
  computeSinr: boolean;
  /** Load of the interferers 0…1: with 0 nothing but the best server matters. */
  load: number;
  cull: boolean;
  sinrToleranceDb: number;
  /** Cells with an extra-loss raster (terrain): their power has no lower bound from the tables. */
  hasExtraLoss: (cellIndex: number) => boolean;
}

/** Tile edge in pixels for culling: 64, or larger so a grid has at most about 16,000 tiles. */
export function cullTileSize(grid: GridSpec): number {
  return Math.max(64, Math.ceil(Math.sqrt((grid.width * grid.height) / 16_000)));
}

function far(v: number, lo: number, hi: number): number {
  return Math.max(Math.abs(v - lo), Math.abs(v - hi));
}

/** Best-case power in mW per RE of a cell anywhere at d2D ≥ dM (max gain, no extra loss): the cheap bound. */
function envelopeMw(m: CellModel, dM: number): number {
  const k = Math.floor(Math.sqrt(dM) * m.invStep);
  return k < m.envelopeRel.length ? m.eirpMw * (m.envelopeRel[k] as number) : 0;
}

/**
 * The site spans to evaluate for rows row0…row1−1, as (site, firstColumn, lastColumn) triples. Per tile (bounds
 * over the distance and bearing ranges of the tile's pixels, tile-bounds.ts; powers are linear mW per RE):
 * - B = the largest lower bound of any cell: the best server of every pixel is at least B. A site is evaluated
 *   when one of its cells can reach max(floor, B); any other site can never be the best server above the floor, so
 *   RSRP and best server stay exact.
 * - With SINR, the other sites are skipped, weakest first, while the sum of their upper bounds C stays within
 *   ε·(I_min + N/load), ε = 10^(tol/10) − 1, where I_min = Σ w·L − max(w·L) over the cells of evaluated sites (L
 *   their lower bounds, w their smallest carrier coupling) bounds the interference the best server always sees.
 *   The skipped cells then raise a pixel's SINR S/(load·I + N) by a factor 1 + load·C/(load·I + N) ≤ 1 + ε,
 *   i.e. by at most tol dB, and never lower it.
 */
export function planTileRow(
  prepared: PreparedCells,
  grid: GridSpec,
  row0: number,
  row1: number,
  tile: number,
  settings: CullSettings,
): Int32Array {
  const { sites, models, floorMw, noiseMw, carriers } = prepared;
  const { width, resolutionM: res } = grid;
  const tiles = Math.ceil(width / tile);
  const out: number[] = [];
  if (!settings.cull) {
    sites.forEach((_, s) => out.push(s, 0, width - 1));
    return Int32Array.from(out);
  }
  const groups = carriers.carriers.length;
  const minCoupling = Array.from({ length: groups }, (_, h) => {
    let w = 1;
    for (let g = 0; g < groups; g++) w = Math.min(w, carriers.coupling[g * groups + h] as number);
    return w;
  });
  const yTop = grid.originN - (row0 + 0.5) * res;
  const yBottom = grid.originN - (row1 - 0.5) * res;
  const needBudget = settings.computeSinr && settings.load > 0;
  const epsilon = 10 ** (settings.sinrToleranceDb / 10) - 1;
  const count = sites.length;
  const upMax = new Float64Array(count * tiles);
  const upSum = new Float64Array(count * tiles);
  const lowSum = new Float64Array(count * tiles);
  const lowMax = new Float64Array(count * tiles);
  const bestLower = new Float64Array(tiles);
  // Sites whose cheap bound stays under 1 % of the floor keep it (no tight bounds, no lower bound): they matter
  // neither for B nor, beyond their upper bound, for the budget.
  const tightFrom = floorMw * 0.01;
  const rect = { x0: 0, x1: 0, y0: yBottom, y1: yTop };
  sites.forEach((site, s) => {
    const dyNear = nearGap(site.n, yBottom, yTop);
    const dyFar = far(site.n, yBottom, yTop);
    for (let j = 0; j < tiles; j++) {
      rect.x0 = grid.originE + (j * tile + 0.5) * res;
      rect.x1 = grid.originE + (Math.min(width, (j + 1) * tile) - 0.5) * res;
      const dNear = Math.hypot(nearGap(site.e, rect.x0, rect.x1), dyNear);
      let cheap = 0;
      for (const i of site.cells) cheap += envelopeMw(models[i] as CellModel, dNear);
      const q = s * tiles + j;
      if (cheap < tightFrom) {
        upMax[q] = cheap;
        upSum[q] = cheap;
        continue;
      }
      const dFar = Math.hypot(far(site.e, rect.x0, rect.x1), dyFar);
      const interval = bearingInterval(site.e, site.n, rect);
      let uMax = 0;
      let uSum = 0;
      let lSum = 0;
      let lMax = 0;
      for (const i of site.cells) {
        const m = models[i] as CellModel;
        const bounds = cellTileBounds(m, dNear, dFar, interval);
        uSum += bounds.upperMw;
        if (bounds.upperMw > uMax) uMax = bounds.upperMw;
        if (settings.hasExtraLoss(i)) continue;
        if (bounds.lowerMw > (bestLower[j] as number)) bestLower[j] = bounds.lowerMw;
        const wl = bounds.lowerMw * (minCoupling[m.carrier] as number);
        lSum += wl;
        if (wl > lMax) lMax = wl;
      }
      upMax[q] = uMax;
      upSum[q] = uSum;
      lowSum[q] = lSum;
      lowMax[q] = lMax;
    }
  });
  const evaluate = new Uint8Array(count * tiles);
  for (let j = 0; j < tiles; j++) {
    const serveMw = Math.max(floorMw, bestLower[j] as number);
    let iSum = 0;
    let iMax = 0;
    const candidates: number[] = [];
    for (let s = 0; s < count; s++) {
      const q = s * tiles + j;
      if ((upMax[q] as number) >= serveMw) {
        evaluate[q] = 1;
        iSum += lowSum[q] as number;
        iMax = Math.max(iMax, lowMax[q] as number);
      } else if (needBudget && (upSum[q] as number) > 0) candidates.push(s);
    }
    if (candidates.length === 0) continue;
    const budgetMw = epsilon * (iSum - iMax + noiseMw / settings.load);
    let total = 0;
    for (const s of candidates) total += upSum[s * tiles + j] as number;
    if (total <= budgetMw) continue;
    candidates.sort((a, b) => (upSum[a * tiles + j] as number) - (upSum[b * tiles + j] as number));
    let skipped = 0;
    for (const s of candidates) {
      skipped += upSum[s * tiles + j] as number;
      if (skipped > budgetMw) evaluate[s * tiles + j] = 1;
    }
  }
  for (let s = 0; s < count; s++) {
    let start = -1;
    for (let j = 0; j <= tiles; j++) {
      const on = j < tiles && evaluate[s * tiles + j] === 1;
      if (on && start < 0) start = j;
      if (!on && start >= 0) {
        out.push(s, start * tile, Math.min(width, j * tile) - 1);
        start = -1;
      }
    }
  }
  return Int32Array.from(out);
}
