import { cellPowerMw, pathLossProfile, preparePointModels, type LosMode, type RadioCell } from '../coverage';
import type { Environment } from '../project/schema';
import type { MeasurementSet } from './measurement-set';
import { heightPlan } from './height-plan';
import { calibrationModelOf, validityProblem } from './model-key';
import { CALIBRATION_MODELS } from './schema';

/** Why a measurement was or was not compared; index = the value in Comparison.status. */
export const MEASUREMENT_STATUS = ['ok', 'unknown-cell', 'outside-distance', 'outside-height', 'too-far'] as const;
export type MeasurementStatus = (typeof MEASUREMENT_STATUS)[number];

/** Receiver height of measurement rows without one, m above ground (a car or handheld drive test). */
export const DEFAULT_MEASUREMENT_HEIGHT_M = 1.5;

/** Links longer than this (m) are not evaluated (no scenario is valid beyond 10 km). */
export const MAX_COMPARE_DISTANCE_M = 50_000;

export interface CompareOptions {
  /** How LOS and NLOS combine, as in the coverage run being calibrated. */
  losMode: LosMode;
  /** Receiver height for rows without one, m above ground (the coverage receiver height). */
  defaultHeightM: number;
  /**
   * Extra path loss in dB ≥ 0 of one cell → point link (e.g. terrain diffraction, as the coverage run uses it);
   * NaN where it has no data (e.g. outside the elevation model): the link then gets none, and is counted.
   */
  extraLossDb?: (cell: RadioCell, e: number, n: number, heightM: number) => number;
}

/** Prediction at every measurement, in columns parallel to the MeasurementSet. */
export interface Comparison {
  /**
   * Predicted SS-RSRP of the evaluated cell, dBm per RE; NaN when no cell was evaluated (unknown cell, too far).
   * Rows outside the model's validity keep their (extrapolated) prediction but are not compared.
   */
  predictedDbm: Float32Array;
  /** Index into `cells` of the evaluated cell (the measured one, else the best server); −1 when none. */
  cellIndex: Int32Array;
  /** 2D distance to the evaluated cell, m (NaN when none). */
  distanceM: Float32Array;
  /** Receiver height used, m above ground. */
  heightM: Float32Array;
  /** Index into CALIBRATION_MODELS of the evaluated cell's model at that height; 255 when none. */
  model: Uint8Array;
  /** Index into MEASUREMENT_STATUS. */
  status: Uint8Array;
  cells: { id: string; environment: Environment }[];
  losMode: LosMode;
  defaultHeightM: number;
  /** Cell ids in the file that no project cell has (at most 20). */
  unknownCellIds: string[];
  /** Compared rows whose extra-loss function had no data (terrain: outside the elevation model). */
  noExtraDataCount: number;
  /** Height-grid step in % used for interpolation (0: every row evaluated at its exact height). */
  heightStepPercent: number;
}

/** Project cell index for each of the file's cell ids: exact id, else case- and space-insensitive; −1 unknown. */
function matchCells(fileIds: readonly string[], cells: readonly RadioCell[]): Int32Array {
  const exact = new Map(cells.map((c, i) => [c.id, i]));
  const loose = new Map(cells.map((c, i) => [c.id.trim().toLowerCase(), i]));
  return Int32Array.from(fileIds, (id) => exact.get(id) ?? loose.get(id.trim().toLowerCase()) ?? -1);
}

/**
 * Predicts RSRP at each measurement with the coverage engine's own cell tables (preparePointModels / cellPowerMw):
 * the measured cell when the row names one, else the best server, at the row's height (the TR 36.777 aerial model
 * above its threshold). Rows with an unknown cell, outside the model's validity (TR 38.901 Table 7.4.1-1 d2D and
 * hUT; TR 36.777 Table B-2) or beyond MAX_COMPARE_DISTANCE_M get a status instead of a prediction. Many distinct
 * heights (drone logs) are interpolated between tables on a height grid (heightPlan). Yields the fraction done;
 * `cells` must be the uncalibrated cells.
 */
export function* compareJob(
  set: MeasurementSet,
  cells: readonly RadioCell[],
  options: CompareOptions,
): Generator<number, Comparison, void> {
  const k = set.count;
  const out: Comparison = {
    predictedDbm: new Float32Array(k).fill(NaN),
    cellIndex: new Int32Array(k).fill(-1),
    distanceM: new Float32Array(k).fill(NaN),
    heightM: new Float32Array(k),
    model: new Uint8Array(k).fill(255),
    status: new Uint8Array(k),
    cells: cells.map((c) => ({ id: c.id, environment: c.environment })),
    losMode: options.losMode,
    defaultHeightM: options.defaultHeightM,
    unknownCellIds: [],
    noExtraDataCount: 0,
    heightStepPercent: 0,
  };
  const cellOf = matchCells(set.cellIds, cells);
  const unknown = new Set<string>();
  let maxD = 20;
  for (let i = 0; i < k; i++) {
    const h = set.heightM[i] as number;
    out.heightM[i] = Number.isNaN(h) ? options.defaultHeightM : h;
    for (const c of cells) maxD = Math.max(maxD, Math.hypot((set.e[i] as number) - c.e, (set.n[i] as number) - c.n));
  }
  const plan = heightPlan(out.heightM);
  out.heightStepPercent = plan.stepPercent;
  const tableD = Math.min(maxD, MAX_COMPARE_DISTANCE_M) + 10;
  const tables = new Map<number, Tables>();
  const tablesAt = (heightM: number): Tables => {
    let t = tables.get(heightM);
    if (!t) {
      t = buildTables(cells, options.losMode, heightM, tableD);
      tables.set(heightM, t);
    }
    return t;
  };
  const unknownStatus = MEASUREMENT_STATUS.indexOf('unknown-cell');
  const tooFar = MEASUREMENT_STATUS.indexOf('too-far');
  for (let i = 0; i < k; i++) {
    if (i > 0 && i % 20_000 === 0) yield i / k;
    const e = set.e[i] as number;
    const n = set.n[i] as number;
    const h = out.heightM[i] as number;
    const lo = tablesAt(plan.lo[i] as number);
    const t = plan.t[i] as number;
    const hi = t > 0 ? tablesAt(plan.hi[i] as number) : lo;
    let noData = false;
    /** Received power of cell c in dBm (interpolated between the bracketing heights), NaN beyond its tables. */
    const powerDbm = (c: number): number => {
      const cell = cells[c]!;
      const dx = e - cell.e;
      const dy = n - cell.n;
      if (dx * dx + dy * dy > tableD * tableD) return NaN;
      const extra = options.extraLossDb?.(cell, e, n, h) ?? 0;
      if (Number.isNaN(extra)) noData = true;
      const x = extra > 0 ? extra : 0;
      const a = 10 * Math.log10(cellPowerMw(lo.prepared.models[c]!, dx, dy, x));
      return t > 0 ? a + t * (10 * Math.log10(cellPowerMw(hi.prepared.models[c]!, dx, dy, x)) - a) : a;
    };
    const fileCell = set.cell[i] as number;
    let index = -1;
    let p = NaN;
    if (fileCell >= 0) {
      index = cellOf[fileCell] as number;
      if (index < 0) {
        out.status[i] = unknownStatus;
        if (unknown.size < 20) unknown.add(set.cellIds[fileCell] as string);
        continue;
      }
      p = powerDbm(index);
    } else {
      for (let c = 0; c < cells.length; c++) {
        const q = powerDbm(c);
        if (q > p || (Number.isNaN(p) && !Number.isNaN(q))) [p, index] = [q, c];
      }
    }
    if (Number.isNaN(p) || index < 0) {
      out.status[i] = tooFar;
      continue;
    }
    const cell = cells[index]!;
    const aerial = lo.aerial[index]!;
    const d2dM = Math.hypot(e - cell.e, n - cell.n);
    out.cellIndex[i] = index;
    out.distanceM[i] = d2dM;
    out.model[i] = CALIBRATION_MODELS.indexOf(calibrationModelOf(cell.environment, aerial));
    const problem = validityProblem(cell.environment, aerial, options.losMode, {
      d2dM,
      hBsM: cell.antennaHeightM,
      hUtM: h,
    });
    out.predictedDbm[i] = p;
    if (problem)
      out.status[i] = MEASUREMENT_STATUS.indexOf(problem === 'distance' ? 'outside-distance' : 'outside-height');
    else if (noData) out.noExtraDataCount++;
  }
  out.unknownCellIds = [...unknown];
  return out;
}

interface Tables {
  prepared: ReturnType<typeof preparePointModels>;
  /** Per cell: whether the TR 36.777 aerial model applies at this height (as the cell tables decide it). */
  aerial: boolean[];
}

/** Cell tables at one receiver height with no floor (every link up to `maxDistanceM` gets a value). */
function buildTables(cells: readonly RadioCell[], losMode: LosMode, heightM: number, maxDistanceM: number): Tables {
  const prepared = preparePointModels(cells, { rxHeightM: heightM, losMode, floorDbm: -300 }, maxDistanceM);
  const byScenario = new Map<string, boolean>();
  const aerial = cells.map((c) => {
    let flag = byScenario.get(c.environment);
    if (flag === undefined) {
      const key = { environment: c.environment, losMode, fcGHz: c.fcGHz, hBsM: c.antennaHeightM, hUtM: heightM };
      flag = pathLossProfile(key, 20).aerial;
      byScenario.set(c.environment, flag);
    }
    return flag;
  });
  return { prepared, aerial };
}

/** compareJob run to the end. */
export function compareMeasurements(
  set: MeasurementSet,
  cells: readonly RadioCell[],
  options: CompareOptions,
): Comparison {
  const job = compareJob(set, cells, options);
  for (;;) {
    const step = job.next();
    if (step.done) return step.value;
  }
}
