import { BEARING_LUT_SIZE, bearingTurns } from './beam-tables';
import { cellPowerMw, type CellModel, type PreparedCells, type SiteGroup } from './cell-model';
import { fusedOmniSpan, fusedSiteSpan, fusedThreeSectorSpan } from './kernel-fused';
import type { RowScratch, SpanGeometry } from './kernel-scratch';

export { rowScratch, type RowScratch, type SpanGeometry } from './kernel-scratch';

// Module-local copies: hot loops must not go through module-namespace getters (as CommonJS transforms emit).
const turnsOf = bearingTurns;
const LUT_SIZE = BEARING_LUT_SIZE;

/** Per cell extra loss in dB on the grid (terrain), or undefined. */
export type ExtraLoss = readonly (Float32Array | null | undefined)[] | undefined;

/**
 * Evaluates one site over one span of a row: distance and bearing once per pixel for all its sectors (and the
 * distance-table interpolation once when its sectors share tables), then each sector's power into the scratch.
 */
export function evaluateSiteSpan(
  prepared: PreparedCells,
  site: SiteGroup,
  g: SpanGeometry,
  s: RowScratch,
  extraLoss: ExtraLoss,
  bestOnly: boolean,
): void {
  const { models } = prepared;
  const first = models[site.cells[0] as number] as CellModel;
  let shared: Float32Array | null | undefined;
  let perSectorExtra = false;
  if (extraLoss) {
    for (const i of site.cells) {
      const a = extraLoss[i];
      if (shared === undefined) shared = a ?? null;
      else if ((a ?? null) !== shared) perSectorExtra = true;
    }
  }
  if (perSectorExtra) {
    for (const i of site.cells) generalSpan(models[i] as CellModel, i, g, s, extraLoss?.[i] ?? null);
    return;
  }
  if (!shared && site.cells.length === 1 && !first.bearingGain) {
    fusedOmniSpan(first, site.cells[0] as number, g, s, bestOnly);
    return;
  }
  if (site.fused && !shared) {
    if (site.cells.length === 3) fusedThreeSectorSpan(first, site, g, s, bestOnly);
    else fusedSiteSpan(first, site, g, s, bestOnly);
    return;
  }
  const { x, turns, main, cap, extra } = s;
  const inv = first.invStep;
  const dy = g.dy;
  const dy2 = dy * dy;
  let dx = g.dx0;
  for (let c = g.c0; c <= g.c1; c++, dx += g.res) {
    x[c] = Math.sqrt(Math.sqrt(dx * dx + dy2)) * inv;
    turns[c] = turnsOf(dx, dy);
  }
  if (site.uniform) interpolate(first, g.c0, g.c1, x, main, cap);
  const extraArr = shared ?? null;
  if (extraArr) {
    for (let c = g.c0; c <= g.c1; c++) {
      const v = extraArr[g.rowOffset + c] as number;
      extra[c] = v > 0 ? 10 ** (-v / 10) : 1;
    }
  }
  for (const i of site.cells) {
    const m = models[i] as CellModel;
    if (!site.uniform) interpolate(m, g.c0, g.c1, x, main, cap);
    const sum = s.sums[m.carrier] as Float64Array;
    if (m.bearingGain) sectorSpan(m, i, g.c0, g.c1, s, sum, extraArr ? extra : null, bestOnly);
    else omniSpan(m, i, g.c0, g.c1, s, sum, extraArr ? extra : null, bestOnly);
  }
}

/** main[c], cap[c] = the model's tables interpolated at x[c] for c0…c1. */
function interpolate(
  m: CellModel,
  c0: number,
  c1: number,
  x: Float64Array,
  main: Float64Array,
  cap: Float64Array,
): void {
  const mt = m.mainRel;
  const ct = m.capRel;
  for (let c = c0; c <= c1; c++) {
    const v = x[c] as number;
    const k = v | 0;
    const f = v - k;
    const m0 = mt[k] as number;
    main[c] = m0 + f * ((mt[k + 1] as number) - m0);
    if (ct) {
      const q0 = ct[k] as number;
      cap[c] = q0 + f * ((ct[k + 1] as number) - q0);
    }
  }
}

function sectorSpan(
  m: CellModel,
  index: number,
  c0: number,
  c1: number,
  s: RowScratch,
  sum: Float64Array,
  extra: Float64Array | null,
  bestOnly: boolean,
): void {
  const { best, idx, turns, main, cap } = s;
  const table = m.bearingGain as Float32Array;
  const az = m.azimuthTurns;
  const eirp = m.eirpMw;
  for (let c = c0; c <= c1; c++) {
    const a = main[c] as number;
    const b = cap[c] as number;
    const e = extra ? (extra[c] as number) * eirp : eirp;
    if (bestOnly && (a > b ? a : b) * e <= (best[c] as number)) continue;
    let u = (turns[c] as number) - az;
    if (u < 0) u += 1;
    const q = u * LUT_SIZE;
    const j = q | 0;
    const g0 = table[j] as number;
    let p = a * (g0 + (q - j) * ((table[j + 1] as number) - g0));
    if (p < b) p = b;
    p *= e;
    sum[c] = (sum[c] as number) + p;
    if (p > (best[c] as number)) {
      best[c] = p;
      idx[c] = index;
    }
  }
}

function omniSpan(
  m: CellModel,
  index: number,
  c0: number,
  c1: number,
  s: RowScratch,
  sum: Float64Array,
  extra: Float64Array | null,
  bestOnly: boolean,
): void {
  const { best, idx, main } = s;
  const eirp = m.eirpMw;
  for (let c = c0; c <= c1; c++) {
    const p = (main[c] as number) * (extra ? (extra[c] as number) * eirp : eirp);
    if (bestOnly && p <= (best[c] as number)) continue;
    sum[c] = (sum[c] as number) + p;
    if (p > (best[c] as number)) {
      best[c] = p;
      idx[c] = index;
    }
  }
}

/** Any cell through cellPowerMw (sectors of one site with different extra-loss arrays). */
function generalSpan(m: CellModel, index: number, g: SpanGeometry, s: RowScratch, extra: Float32Array | null): void {
  const sum = s.sums[m.carrier] as Float64Array;
  let dx = g.dx0;
  for (let c = g.c0; c <= g.c1; c++, dx += g.res) {
    const v = extra ? (extra[g.rowOffset + c] as number) : 0;
    const p = cellPowerMw(m, dx, g.dy, v > 0 ? v : 0);
    sum[c] = (sum[c] as number) + p;
    if (p > (s.best[c] as number)) {
      s.best[c] = p;
      s.idx[c] = index;
    }
  }
}
