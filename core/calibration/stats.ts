import { MEASUREMENT_STATUS, type Comparison, type MeasurementStatus } from './compare';
import type { MeasurementSet } from './measurement-set';
import { CALIBRATION_MODELS, type CalibrationModel } from './schema';

/** Error statistics of measured − predicted RSRP in dB; null when n = 0. σ is the population standard deviation, so RMSE² = mean² + σ². */
export interface ErrorStats {
  n: number;
  meanErrorDb: number | null;
  stdDb: number | null;
  rmseDb: number | null;
}

/** Distance bins (m, lower edges; the last is open): 0–250, 250–500, 500 m–1 km, 1–2, 2–5, > 5 km. */
export const DISTANCE_BIN_EDGES_M = [0, 250, 500, 1000, 2000, 5000] as const;
/** Error histogram bin edges in dB: 2 dB bins from −30 to +30, plus one bin below and one above. */
export const HISTOGRAM_EDGES_DB: readonly number[] = Array.from({ length: 31 }, (_, i) => -30 + 2 * i);

export interface CalibrationStats {
  overall: ErrorStats;
  byModel: (ErrorStats & { model: CalibrationModel })[];
  byCell: (ErrorStats & { cellId: string })[];
  byDistance: (ErrorStats & { fromM: number; toM: number | null })[];
  /** Rows not compared, by reason. */
  excluded: Record<Exclude<MeasurementStatus, 'ok'>, number>;
  excludedTotal: number;
  /** counts[0] below the first edge, counts[k] in [edge k−1, edge k), the last at or above the last edge. */
  histogram: { edgesDb: readonly number[]; counts: number[] };
  /** Compared rows whose extra loss (terrain) had no data. */
  noExtraData: number;
}

class Accumulator {
  n = 0;
  sum = 0;
  sumSq = 0;
  add(x: number): void {
    this.n++;
    this.sum += x;
    this.sumSq += x * x;
  }
  stats(): ErrorStats {
    if (this.n === 0) return { n: 0, meanErrorDb: null, stdDb: null, rmseDb: null };
    const mean = this.sum / this.n;
    const meanSq = this.sumSq / this.n;
    return {
      n: this.n,
      meanErrorDb: mean,
      stdDb: Math.sqrt(Math.max(0, meanSq - mean * mean)),
      rmseDb: Math.sqrt(meanSq),
    };
  }
}

/** Bin index of a distance in m for DISTANCE_BIN_EDGES_M. */
export function distanceBin(distanceM: number): number {
  let bin = 0;
  while (bin + 1 < DISTANCE_BIN_EDGES_M.length && distanceM >= (DISTANCE_BIN_EDGES_M[bin + 1] as number)) bin++;
  return bin;
}

/**
 * n, mean error (measured − predicted), σ and RMSE in dB over all compared measurements, per model, per evaluated
 * cell and per distance bin, the error histogram and the excluded rows by reason. `correctionDb(i)`, when given,
 * is added to row i's prediction first (the residuals after a calibration).
 */
export function calibrationStats(
  set: MeasurementSet,
  comparison: Comparison,
  correctionDb?: (row: number) => number,
): CalibrationStats {
  const overall = new Accumulator();
  const byModel = CALIBRATION_MODELS.map(() => new Accumulator());
  const byCell = comparison.cells.map(() => new Accumulator());
  const byDistance = DISTANCE_BIN_EDGES_M.map(() => new Accumulator());
  const counts = new Array<number>(HISTOGRAM_EDGES_DB.length + 1).fill(0);
  const excluded = { 'unknown-cell': 0, 'outside-distance': 0, 'outside-height': 0, 'too-far': 0 };
  const first = HISTOGRAM_EDGES_DB[0] as number;
  const last = HISTOGRAM_EDGES_DB[HISTOGRAM_EDGES_DB.length - 1] as number;
  for (let i = 0; i < set.count; i++) {
    const status = MEASUREMENT_STATUS[comparison.status[i] as number] ?? 'too-far';
    if (status !== 'ok') {
      excluded[status]++;
      continue;
    }
    const error = (set.rsrpDbm[i] as number) - (comparison.predictedDbm[i] as number) - (correctionDb?.(i) ?? 0);
    overall.add(error);
    byModel[comparison.model[i] as number]?.add(error);
    byCell[comparison.cellIndex[i] as number]?.add(error);
    byDistance[distanceBin(comparison.distanceM[i] as number)]?.add(error);
    const bin = error < first ? 0 : error >= last ? counts.length - 1 : 1 + Math.floor((error - first) / 2);
    counts[bin]!++;
  }
  return {
    overall: overall.stats(),
    byModel: CALIBRATION_MODELS.flatMap((model, k) => (byModel[k]!.n > 0 ? [{ model, ...byModel[k]!.stats() }] : [])),
    byCell: comparison.cells.flatMap((c, k) => (byCell[k]!.n > 0 ? [{ cellId: c.id, ...byCell[k]!.stats() }] : [])),
    byDistance: DISTANCE_BIN_EDGES_M.map((fromM, k) => ({
      fromM,
      toM: DISTANCE_BIN_EDGES_M[k + 1] ?? null,
      ...byDistance[k]!.stats(),
    })),
    excluded,
    excludedTotal: Object.values(excluded).reduce((a, b) => a + b, 0),
    histogram: { edgesDb: HISTOGRAM_EDGES_DB, counts },
    noExtraData: comparison.noExtraDataCount,
  };
}

/** Up to `max` compared points (every k-th, deterministic) as [predicted, measured] dBm pairs for a scatter plot. */
export function scatterSample(set: MeasurementSet, comparison: Comparison, max: number): [number, number][] {
  const ok: number[] = [];
  for (let i = 0; i < set.count; i++) if (comparison.status[i] === 0) ok.push(i);
  const take = Math.min(max, ok.length);
  const out: [number, number][] = [];
  for (let k = 0; k < take; k++) {
    const i = ok[Math.floor((k * ok.length) / take)] as number;
    out.push([comparison.predictedDbm[i] as number, set.rsrpDbm[i] as number]);
  }
  return out;
}
