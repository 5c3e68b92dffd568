import { calibrationGainDb, cellCalibrationOf, type LosMode } from '../coverage';
import type { Comparison } from './compare';
import type { CalibrationFit } from './fit';
import type { CalibrationStats } from './stats';
import { calibrationSchema, CALIBRATION_MODELS, type Calibration, type CalibrationTerrain } from './schema';

/** The model configuration a comparison ran under (stored with the fit; shown when the coverage differs). */
export interface CalibrationConfig {
  losMode: LosMode;
  /** Receiver height for rows without one, m (the coverage receiver height). */
  defaultHeightM: number;
  terrain: CalibrationTerrain;
}

/** The measurement file a fit came from. */
export interface MeasurementFileInfo {
  name: string;
  sha256: string;
  /** Data rows used. */
  rows: number;
  /** Bad rows skipped. */
  skippedRows: number;
}

/**
 * The project record of a fit: its corrections, the file it came from, when (passed in: core has no clock) and
 * under which configuration. null when no model could be fitted.
 */
export function calibrationRecord(args: {
  fit: CalibrationFit;
  stats: CalibrationStats;
  file: MeasurementFileInfo;
  fittedAt: Date;
  config: CalibrationConfig;
}): Calibration | null {
  const { fit, stats, file, fittedAt, config } = args;
  if (fit.models.length === 0) return null;
  const overall = stats.overall;
  return calibrationSchema.parse({
    fittedAt: fittedAt.toISOString(),
    measurementFile: { ...file, name: file.name.slice(0, 500) },
    fittedUnder: config,
    models: fit.models,
    overall: {
      n: overall.n,
      meanErrorDb: overall.meanErrorDb ?? 0,
      stdDb: overall.stdDb ?? 0,
      rmseDb: overall.rmseDb ?? 0,
    },
    excluded: stats.excludedTotal,
  });
}

/**
 * The gain (dB) a calibration adds to row `i` of a comparison: the correction of that row's model at its distance,
 * exactly as the coverage tables apply it (calibrationGainDb). For calibrationStats' residuals after a fit.
 */
export function comparisonCorrection(calibration: Calibration, comparison: Comparison): (row: number) => number {
  const byModel = CALIBRATION_MODELS.map((model) => {
    const environment = model.replace('-AV', '') as Comparison['cells'][number]['environment'];
    return { cell: cellCalibrationOf(calibration, environment), aerial: model.endsWith('-AV') };
  });
  return (row) => {
    const m = byModel[comparison.model[row] as number];
    return m ? calibrationGainDb(m.cell, m.aerial, comparison.distanceM[row] as number) : 0;
  };
}
