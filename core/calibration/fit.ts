import type { Comparison } from './compare';
import type { MeasurementSet } from './measurement-set';
import { CALIBRATION_MODELS, type CalibrationModel, type ModelCorrection } from './schema';

/** Fewest compared measurements a model needs before it gets an offset. */
export const MIN_FIT_N = 10;
/** Largest offset (dB) or slope (dB/decade) accepted; beyond it the setup, not the model, is wrong. */
export const MAX_OFFSET_DB = 60;

export interface FitOptions {
  /** Also fit a slope over log10(distance) (off by default: it needs many measurements over a wide range). */
  slope: boolean;
}

export interface CalibrationFit {
  /** One correction per model with at least MIN_FIT_N compared measurements. */
  models: ModelCorrection[];
  /** Models that were measured but not fitted, and why. */
  notFitted: { model: CalibrationModel; n: number; reason: 'too-few' | 'implausible' }[];
}

/**
 * Least-squares fit per model of measured − predicted RSRP: the mean error as offset (with σ/√n as its standard
 * error), or with `slope` the line offset + slope·(log10 d − mean log10 d), so the offset stays the mean error and
 * refDistanceM is the geometric mean distance. Only compared ('ok') rows count.
 */
export function fitCalibration(set: MeasurementSet, comparison: Comparison, options: FitOptions): CalibrationFit {
  const acc = CALIBRATION_MODELS.map(() => ({
    n: 0,
    se: 0,
    see: 0,
    sx: 0,
    sxx: 0,
    sxe: 0,
    minD: Infinity,
    maxD: 0,
    minH: Infinity,
    maxH: 0,
  }));
  for (let i = 0; i < set.count; i++) {
    if (comparison.status[i] !== 0) continue;
    const a = acc[comparison.model[i] as number];
    if (!a) continue;
    const e = (set.rsrpDbm[i] as number) - (comparison.predictedDbm[i] as number);
    const d = Math.max(1, comparison.distanceM[i] as number);
    const x = Math.log10(d);
    const h = comparison.heightM[i] as number;
    a.n++;
    a.se += e;
    a.see += e * e;
    a.sx += x;
    a.sxx += x * x;
    a.sxe += x * e;
    a.minD = Math.min(a.minD, d);
    a.maxD = Math.max(a.maxD, d);
    a.minH = Math.min(a.minH, h);
    a.maxH = Math.max(a.maxH, h);
  }
  const fit: CalibrationFit = { models: [], notFitted: [] };
  CALIBRATION_MODELS.forEach((model, k) => {
    const a = acc[k]!;
    if (a.n === 0) return;
    if (a.n < MIN_FIT_N) {
      fit.notFitted.push({ model, n: a.n, reason: 'too-few' });
      return;
    }
    const mean = a.se / a.n;
    const xm = a.sx / a.n;
    const see = Math.max(0, a.see - a.n * mean * mean);
    const sxx = Math.max(0, a.sxx - a.n * xm * xm);
    const sxe = a.sxe - a.n * xm * mean;
    let slope = options.slope && sxx > 1e-12 ? sxe / sxx : 0;
    if (Math.abs(slope) > MAX_OFFSET_DB) slope = 0;
    if (Math.abs(mean) > MAX_OFFSET_DB) {
      fit.notFitted.push({ model, n: a.n, reason: 'implausible' });
      return;
    }
    const residual = Math.max(0, see - slope * sxe) / a.n;
    const std = Math.sqrt(see / a.n);
    fit.models.push({
      model,
      offsetDb: mean,
      slopeDbPerDecade: slope,
      refDistanceM: 10 ** xm,
      minDistanceM: a.minD,
      maxDistanceM: a.maxD,
      minHeightM: a.minH,
      maxHeightM: a.maxH,
      n: a.n,
      meanErrorDb: mean,
      stdDb: std,
      rmseDb: Math.sqrt(a.see / a.n),
      rmseAfterDb: Math.sqrt(residual),
      offsetStdErrorDb: Math.sqrt(residual) / Math.sqrt(a.n),
    });
  });
  return fit;
}
