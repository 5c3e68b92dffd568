import { farthestCornerM, type GridSpec } from '../geo/grid';
import type { LocalizedText } from '../i18n/localized';
import type { RadioCell } from './cells';
import { cellPowerMw, prepareCellModels, type PreparedCells } from './cell-model';
import { evaluateSiteSpan, rowScratch, type RowScratch } from './kernel-spans';
import { resolveCoverageOptions, type CoverageOptions } from './options';
import { cullTileSize, planTileRow } from './tile-plan';

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
  /**
   * How far the distance tables reach at least, m (they always reach `grid`'s farthest corner). The bands of a job
   * pass the whole run's span (pointTableSpanM: its grid, sites and corridors): every band then runs on the tables
   * one run over the grid uses, and a worker builds them once for its bands and the points.
   */
  tableSpanM?: number;
}

/** Best-server raster on `grid`, row 0 north, index row·width + col. */
export interface CoverageRaster {
  grid: GridSpec;
  /** Best-server SS-RSRP in dBm per RE; NaN where no cell reaches the floor. */
  rsrpDbm: Float32Array;
  /**
   * DL SINR in dB per RE: the best server against every other cell weighted by carrier overlap (ACIR for adjacent
   * carriers) and load, plus noise; NaN like rsrpDbm; null if off. Culling raises it by at most sinrToleranceDb.
   */
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

/** SINR in dB of the best server `s` (mW, on carrier `g`) at column c, from the per-carrier sums. */
function sinrAt(prepared: PreparedCells, sums: Float64Array[], c: number, s: number, g: number, load: number): number {
  const { coupling, carriers } = prepared.carriers;
  const n = carriers.length;
  let total = 0;
  for (let h = 0; h < n; h++) total += (coupling[g * n + h] as number) * ((sums[h] as Float64Array)[c] as number);
  const interference = total - s;
  return 10 * Math.log10(s / (load * (interference > 0 ? interference : 0) + prepared.noiseMw));
}

/** Writes one finished row of scratch into the raster. */
function finishRow(
  prepared: PreparedCells,
  s: RowScratch,
  raster: { rsrpDbm: Float32Array; sinrDb: Float32Array | null; bestServer: Int16Array },
  offset: number,
  width: number,
  load: number,
): void {
  const { floorMw, models } = prepared;
  const single = prepared.carriers.carriers.length === 1;
  const sum0 = s.sums[0] as Float64Array;
  for (let c = 0; c < width; c++) {
    const best = s.best[c] as number;
    if (best >= floorMw) {
      raster.rsrpDbm[offset + c] = 10 * Math.log10(best);
      const index = s.idx[c] as number;
      raster.bestServer[offset + c] = index;
      if (raster.sinrDb) {
        if (single) {
          const interference = (sum0[c] as number) - best;
          raster.sinrDb[offset + c] =
            10 * Math.log10(best / (load * (interference > 0 ? interference : 0) + prepared.noiseMw));
        } else raster.sinrDb[offset + c] = sinrAt(prepared, s.sums, c, best, models[index]!.carrier, load);
      }
    } else {
      raster.rsrpDbm[offset + c] = NaN;
      raster.bestServer[offset + c] = -1;
      if (raster.sinrDb) raster.sinrDb[offset + c] = NaN;
    }
  }
}

/**
 * The best-server kernel as a generator: processes the grid in row bands, yields the fraction done (0…1] after
 * each band and returns the raster. Cells are grouped by site (distance and bearing once per pixel for all
 * sectors); shared distance and bearing tables in linear power; per tile of 64 px, sites that cannot reach the
 * floor are skipped, and with SINR only while their summed best case stays within sinrToleranceDb (tile-plan.ts).
 */
export function* coverageJob(input: CoverageInput): Generator<number, CoverageRaster, void> {
  const options = resolveCoverageOptions(input.options);
  const { grid } = input;
  const tableSpanM = input.tableSpanM ?? 0;
  const prepared = prepareCellModels(input.cells, options, (cell) =>
    Math.max(tableSpanM, farthestCornerM(grid, cell.e, cell.n)),
  );
  const { width, height, resolutionM: res } = grid;
  if (input.extraLossDb)
    input.extraLossDb.forEach((a, i) => {
      if (a && a.length !== width * height) throw new RangeError(`extraLossDb[${i}] does not match the grid`);
    });
  const n = width * height;
  const raster = {
    rsrpDbm: new Float32Array(n),
    sinrDb: options.computeSinr ? new Float32Array(n) : null,
    bestServer: new Int16Array(n),
  };
  const scratch = rowScratch(width, prepared.carriers.carriers.length);
  const { sites } = prepared;
  const bestOnly = !options.computeSinr;
  const tile = cullTileSize(grid);
  const extra = input.extraLossDb;
  const settings = {
    computeSinr: options.computeSinr,
    load: options.load,
    cull: options.cull,
    sinrToleranceDb: options.sinrToleranceDb,
    hasExtraLoss: (i: number) => Boolean(extra?.[i]),
  };
  yield 0; // tables built: lets a caller time and cancel the two phases separately
  const bandRows = options.bandRows > 0 ? options.bandRows : Math.max(1, Math.ceil(height / 100));
  let plan: Int32Array = new Int32Array(0);
  let planTile = -1;
  const span = { dx0: 0, dy: 0, res, c0: 0, c1: 0, rowOffset: 0 };
  for (let r0 = 0; r0 < height; r0 += bandRows) {
    const r1 = Math.min(height, r0 + bandRows);
    for (let row = r0; row < r1; row++) {
      const tileRow = Math.floor(row / tile);
      if (tileRow !== planTile) {
        plan = planTileRow(prepared, grid, tileRow * tile, Math.min(height, (tileRow + 1) * tile), tile, settings);
        planTile = tileRow;
      }
      scratch.best.fill(0);
      scratch.idx.fill(-1);
      for (const sum of scratch.sums) sum.fill(0);
      const yc = grid.originN - (row + 0.5) * res;
      span.rowOffset = row * width;
      for (let q = 0; q < plan.length; q += 3) {
        const site = sites[plan[q] as number]!;
        span.c0 = plan[q + 1] as number;
        span.c1 = plan[q + 2] as number;
        span.dy = yc - site.n;
        span.dx0 = grid.originE + (span.c0 + 0.5) * res - site.e;
        evaluateSiteSpan(prepared, site, span, scratch, input.extraLossDb, bestOnly);
      }
      finishRow(prepared, scratch, raster, row * width, width, options.load);
    }
    yield r1 / height;
  }
  return {
    grid,
    ...raster,
    cellIds: input.cells.map((c) => c.id),
    noiseDbm: 10 * Math.log10(prepared.noiseMw),
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

/**
 * Best server, RSRP (dBm per RE) and SINR (dB) at EPSG:25832 (e, n); NaN / −1 below the floor. Every cell within
 * its tables' reach counts (no culling), interferers weighted by carrier coupling as in the raster.
 * `extraLossDb(i)` adds cell i's extra loss in dB (terrain), as the raster's extraLossDb does.
 */
export function evaluatePoint(
  prepared: PreparedCells & { load: number },
  e: number,
  n: number,
  extraLossDb?: (index: number) => number,
): PointCoverage {
  const groups = prepared.carriers.carriers.length;
  const sums = new Float64Array(groups);
  let best = 0;
  let bestIndex = -1;
  prepared.models.forEach((m, i) => {
    const dx = e - m.cell.e;
    const dy = n - m.cell.n;
    if (dx * dx + dy * dy > m.tableEndM * m.tableEndM) return;
    const p = cellPowerMw(m, dx, dy, extraLossDb ? Math.max(0, extraLossDb(i)) : 0);
    sums[m.carrier] = (sums[m.carrier] as number) + p;
    if (p > best) {
      best = p;
      bestIndex = i;
    }
  });
  if (!(best >= prepared.floorMw)) return { rsrpDbm: NaN, sinrDb: NaN, bestIndex: -1 };
  const g = prepared.models[bestIndex]!.carrier;
  let total = 0;
  for (let h = 0; h < groups; h++)
    total += (prepared.carriers.coupling[g * groups + h] as number) * (sums[h] as number);
  const sinr = best / (prepared.load * Math.max(0, total - best) + prepared.noiseMw);
  return { rsrpDbm: 10 * Math.log10(best), sinrDb: 10 * Math.log10(sinr), bestIndex };
}
