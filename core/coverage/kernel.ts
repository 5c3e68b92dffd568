import type { GridSpec } from '../geo/grid';
import type { LocalizedText } from '../i18n/localized';
import type { RadioCell } from './cells';
import { BEARING_LUT_SIZE, cellPowerMw, prepareCellModels, type CellModel, type PreparedCells } from './cell-model';
import { resolveCoverageOptions, type CoverageOptions } from './options';

/** Inputs of a coverage job: cells, the raster grid and the settings; optional per-cell extra loss (terrain). */
export interface CoverageInput {
  cells: readonly RadioCell[];
  grid: GridSpec;
  options?: Partial<CoverageOptions>;
  /**
   * Extra loss in dB per pixel for each cell (same order as `cells`, same grid; e.g. terrain diffraction). Values
   * ≤ 0 or NaN (outside the DEM) add nothing. null/undefined entries: no extra loss for that cell.
   */
  extraLossDb?: readonly (Float32Array | null | undefined)[];
}

/** Best-server raster on `grid`, row 0 north, index row·width + col. */
export interface CoverageRaster {
  grid: GridSpec;
  /** Best-server SS-RSRP in dBm per RE; NaN where no cell reaches the floor. */
  rsrpDbm: Float32Array;
  /** DL SINR in dB per RE (best server against all other cells × load, plus noise); NaN like rsrpDbm; null if off. */
  sinrDb: Float32Array | null;
  /** Index into `cellIds` of the best server, −1 where there is none. */
  bestServer: Int16Array;
  cellIds: string[];
  noiseDbm: number;
  options: CoverageOptions;
  /** Model-validity warnings (e.g. hBS differs from the scenario's nominal height). */
  warnings: LocalizedText[];
}

/** Best server, RSRP and SINR at one point (e.g. a site or a corridor sample). */
export interface PointCoverage {
  rsrpDbm: number;
  sinrDb: number;
  bestIndex: number;
}

function farthestCornerM(grid: GridSpec, cell: RadioCell): number {
  const e1 = grid.originE + grid.width * grid.resolutionM;
  const n0 = grid.originN - grid.height * grid.resolutionM;
  const dx = Math.max(Math.abs(cell.e - grid.originE), Math.abs(cell.e - e1));
  const dy = Math.max(Math.abs(cell.n - grid.originN), Math.abs(cell.n - n0));
  return Math.hypot(dx, dy);
}

/** Accumulates an omni cell over columns c0…c1 of one row. */
function omniSpan(
  m: CellModel,
  dx0: number,
  res: number,
  dy2: number,
  c0: number,
  c1: number,
  best: Float64Array,
  sum: Float64Array,
  idx: Int32Array,
  index: number,
): void {
  const main = m.mainMw;
  const inv = m.invStep;
  let dx = dx0;
  for (let c = c0; c <= c1; c++, dx += res) {
    const x = Math.sqrt(Math.sqrt(dx * dx + dy2)) * inv;
    const k = x | 0;
    const m0 = main[k]!;
    const p = m0 + (x - k) * (main[k + 1]! - m0);
    sum[c]! += p;
    if (p > best[c]!) {
      best[c] = p;
      idx[c] = index;
    }
  }
}

/** Accumulates a sector cell over columns c0…c1 of one row; `bestOnly` skips pixels it cannot win. */
function sectorSpan(
  m: CellModel,
  dx0: number,
  res: number,
  dy: number,
  c0: number,
  c1: number,
  best: Float64Array,
  sum: Float64Array,
  idx: Int32Array,
  index: number,
  bestOnly: boolean,
): void {
  const main = m.mainMw;
  const cap = m.floorMw!;
  const g = m.bearingGain!;
  const inv = m.invStep;
  const scale = BEARING_LUT_SIZE / 4;
  const dy2 = dy * dy;
  const ady = dy < 0 ? -dy : dy;
  let dx = dx0;
  for (let c = c0; c <= c1; c++, dx += res) {
    const x = Math.sqrt(Math.sqrt(dx * dx + dy2)) * inv;
    const k = x | 0;
    const f = x - k;
    const m0 = main[k]!;
    const a = m0 + f * (main[k + 1]! - m0);
    if (bestOnly && a <= best[c]!) continue;
    const s = (dx < 0 ? -dx : dx) + ady;
    const r = s > 0 ? 1 / s : 0;
    const q = (dy >= 0 ? (dx >= 0 ? dy * r : 1 - dx * r) : dx < 0 ? 2 - dy * r : 3 + dx * r) * scale;
    const j = q | 0;
    const g0 = g[j]!;
    let p = a * (g0 + (q - j) * (g[j + 1]! - g0));
    const b0 = cap[k]!;
    const b = b0 + f * (cap[k + 1]! - b0);
    if (p < b) p = b;
    sum[c]! += p;
    if (p > best[c]!) {
      best[c] = p;
      idx[c] = index;
    }
  }
}

/** Any cell with extra loss: the general (slower) path through cellPowerMw. */
function extraSpan(
  m: CellModel,
  dx0: number,
  res: number,
  dy: number,
  c0: number,
  c1: number,
  extra: Float32Array,
  rowOffset: number,
  best: Float64Array,
  sum: Float64Array,
  idx: Int32Array,
  index: number,
): void {
  let dx = dx0;
  for (let c = c0; c <= c1; c++, dx += res) {
    const x = extra[rowOffset + c]!;
    const p = cellPowerMw(m, dx, dy, x > 0 ? x : 0);
    sum[c]! += p;
    if (p > best[c]!) {
      best[c] = p;
      idx[c] = index;
    }
  }
}

/**
 * The best-server kernel as a generator: processes the grid in row bands, yields the fraction done (0…1] after
 * each band and returns the raster. Per cell it uses distance and bearing tables in linear power (see CellModel)
 * and only visits the columns of each row within the cell's range (range culling against options.floorDbm).
 */
export function* coverageJob(input: CoverageInput): Generator<number, CoverageRaster, void> {
  const options = resolveCoverageOptions(input.options);
  const { grid } = input;
  const prepared: PreparedCells = prepareCellModels(input.cells, options, (cell) => farthestCornerM(grid, cell));
  const { width, height, resolutionM: res } = grid;
  if (input.extraLossDb)
    input.extraLossDb.forEach((a, i) => {
      if (a && a.length !== width * height) throw new RangeError(`extraLossDb[${i}] does not match the grid`);
    });
  const n = width * height;
  const rsrpDbm = new Float32Array(n);
  const sinrDb = options.computeSinr ? new Float32Array(n) : null;
  const bestServer = new Int16Array(n);
  const best = new Float64Array(width);
  const sum = new Float64Array(width);
  const idx = new Int32Array(width);
  const { models, noiseMw, floorMw } = prepared;
  const load = options.load;
  const bestOnly = !options.computeSinr;
  yield 0; // tables built: lets a caller time and cancel the two phases separately
  const bandRows = options.bandRows > 0 ? options.bandRows : Math.max(1, Math.ceil(height / 100));
  for (let r0 = 0; r0 < height; r0 += bandRows) {
    const r1 = Math.min(height, r0 + bandRows);
    for (let row = r0; row < r1; row++) {
      best.fill(0);
      sum.fill(0);
      idx.fill(-1);
      const yc = grid.originN - (row + 0.5) * res;
      for (let i = 0; i < models.length; i++) {
        const m = models[i]!;
        const dy = yc - m.cell.n;
        const r2 = m.rangeM * m.rangeM - dy * dy;
        if (r2 < 0) continue;
        const half = Math.sqrt(r2);
        const c0 = Math.max(0, Math.ceil((m.cell.e - half - grid.originE) / res - 0.5));
        const c1 = Math.min(width - 1, Math.floor((m.cell.e + half - grid.originE) / res - 0.5));
        if (c1 < c0) continue;
        const dx0 = grid.originE + (c0 + 0.5) * res - m.cell.e;
        const extra = input.extraLossDb?.[i];
        if (extra) extraSpan(m, dx0, res, dy, c0, c1, extra, row * width, best, sum, idx, i);
        else if (m.bearingGain) sectorSpan(m, dx0, res, dy, c0, c1, best, sum, idx, i, bestOnly);
        else omniSpan(m, dx0, res, dy * dy, c0, c1, best, sum, idx, i);
      }
      const offset = row * width;
      for (let c = 0; c < width; c++) {
        const s = best[c]!;
        if (s >= floorMw) {
          rsrpDbm[offset + c] = 10 * Math.log10(s);
          bestServer[offset + c] = idx[c]!;
          if (sinrDb) {
            const interference = sum[c]! - s;
            sinrDb[offset + c] = 10 * Math.log10(s / (load * (interference > 0 ? interference : 0) + noiseMw));
          }
        } else {
          rsrpDbm[offset + c] = NaN;
          bestServer[offset + c] = -1;
          if (sinrDb) sinrDb[offset + c] = NaN;
        }
      }
    }
    yield r1 / height;
  }
  return {
    grid,
    rsrpDbm,
    sinrDb,
    bestServer,
    cellIds: input.cells.map((c) => c.id),
    noiseDbm: 10 * Math.log10(noiseMw),
    options,
    warnings: prepared.warnings,
  };
}

export interface JobControl {
  /** Called after each row band with the fraction done, increasing to 1. */
  onProgress?: (fraction: number) => void;
  /** Checked before each band; true stops the job. */
  shouldCancel?: () => boolean;
}

export type CoverageJobResult = { ok: true; raster: CoverageRaster } | { ok: false; cancelled: true; fraction: number };

/** Runs a coverage job to the end (or until cancelled), reporting progress per row band. */
export function runCoverageJob(input: CoverageInput, control: JobControl = {}): CoverageJobResult {
  const job = coverageJob(input);
  let fraction = 0;
  for (;;) {
    if (control.shouldCancel?.()) {
      void job.return(undefined as never);
      return { ok: false, cancelled: true, fraction };
    }
    const step = job.next();
    if (step.done) return { ok: true, raster: step.value };
    fraction = step.value;
    control.onProgress?.(fraction);
  }
}

/** Prepares cells for point evaluation at a receiver height (e.g. a corridor's altitude); see evaluatePoint. */
export function preparePointModels(
  cells: readonly RadioCell[],
  options: Partial<CoverageOptions>,
  maxDistanceM: number,
): PreparedCells & { load: number } {
  const resolved = resolveCoverageOptions(options);
  return { ...prepareCellModels(cells, resolved, () => maxDistanceM), load: resolved.load };
}

/** Best server, RSRP (dBm per RE) and SINR (dB) at EPSG:25832 (e, n); NaN / −1 below the floor. */
export function evaluatePoint(prepared: PreparedCells & { load: number }, e: number, n: number): PointCoverage {
  let best = 0;
  let sum = 0;
  let bestIndex = -1;
  prepared.models.forEach((m, i) => {
    const dx = e - m.cell.e;
    const dy = n - m.cell.n;
    if (dx * dx + dy * dy > m.rangeM * m.rangeM) return;
    const p = cellPowerMw(m, dx, dy);
    sum += p;
    if (p > best) {
      best = p;
      bestIndex = i;
    }
  });
  if (!(best >= prepared.floorMw)) return { rsrpDbm: NaN, sinrDb: NaN, bestIndex: -1 };
  const sinr = best / (prepared.load * Math.max(0, sum - best) + prepared.noiseMw);
  return { rsrpDbm: 10 * Math.log10(best), sinrDb: 10 * Math.log10(sinr), bestIndex };
}
