import type { Calibration, ModelCorrection } from '../calibration/schema';
import type { Environment } from '../project/schema';

/** One model's correction in the form the cell tables use: dB = offset + slope·(log10 d − logRef), d clamped. */
export interface CorrectionTerms {
  offsetDb: number;
  slopeDbPerDecade: number;
  /** log10 of the reference, smallest and largest fitted distance (m). */
  logRefD: number;
  logMinD: number;
  logMaxD: number;
}

/** The corrections of one cell's scenario: for receivers below and above the TR 36.777 aerial threshold. */
export interface CellCalibration {
  terrestrial: CorrectionTerms | null;
  aerial: CorrectionTerms | null;
}

function terms(correction: ModelCorrection | undefined): CorrectionTerms | null {
  if (!correction) return null;
  const log = (m: number) => Math.log10(Math.max(1, m));
  return {
    offsetDb: correction.offsetDb,
    slopeDbPerDecade: correction.slopeDbPerDecade,
    logRefD: log(correction.refDistanceM),
    logMinD: log(correction.minDistanceM),
    logMaxD: log(Math.max(correction.minDistanceM, correction.maxDistanceM)),
  };
}

/** The project's calibration for a cell of `environment`, or undefined when none of its models was calibrated. */
export function cellCalibrationOf(
  calibration: Calibration | null | undefined,
  environment: Environment,
): CellCalibration | undefined {
  if (!calibration) return undefined;
  const find = (model: string) => calibration.models.find((m) => m.model === model);
  const terrestrial = terms(find(environment));
  const aerial = terms(find(`${environment}-AV`));
  return terrestrial || aerial ? { terrestrial, aerial } : undefined;
}

/**
 * Gain in dB the calibration adds to a cell's received power at d2D (= the path loss it takes off): the fitted
 * offset, plus the slope over log10(d) with d clamped to the fitted distance range (no extrapolation). 0 when the
 * cell has no correction for this receiver (aerial above the TR 36.777 threshold, else terrestrial).
 */
export function calibrationGainDb(calibration: CellCalibration | undefined, aerial: boolean, d2dM: number): number {
  const t = calibration ? (aerial ? calibration.aerial : calibration.terrestrial) : null;
  if (!t) return 0;
  if (t.slopeDbPerDecade === 0) return t.offsetDb;
  const logD = Math.min(t.logMaxD, Math.max(t.logMinD, Math.log10(Math.max(1, d2dM))));
  return t.offsetDb + t.slopeDbPerDecade * (logD - t.logRefD);
}
