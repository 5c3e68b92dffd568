import { z } from 'zod';

/**
 * Propagation models a calibration offset belongs to: the 3GPP TR 38.901 scenario of the measured cell, with
 * `-AV` when the receiver was above the TR 36.777 aerial-model height threshold (drones).
 */
export const CALIBRATION_MODELS = ['RMa', 'UMa', 'UMi', 'InH', 'RMa-AV', 'UMa-AV', 'UMi-AV'] as const;
export type CalibrationModel = (typeof CALIBRATION_MODELS)[number];

/** The coverage LOS modes (core/coverage/options.ts LOS_MODES), repeated here so the schema has no engine imports. */
const losModeSchema = z.enum(['blend-mean-db', 'blend-linear', 'nlos', 'los']);

/** Terrain model kind the comparison ran with: none, or the DEM kind (core/terrain DemKind). */
export const calibrationTerrainSchema = z.enum(['none', 'DTM', 'DSM', 'unknown']);

const db = z.number().min(-1000).max(1000);
const spread = z.number().min(0).max(1000);
const count = z.number().int().min(0);
const metres = z.number().min(0).max(1e6);

/**
 * One fitted correction: measured − predicted ≈ offsetDb + slopeDbPerDecade·(log10 d − log10 refDistanceM), with d
 * (the 2D distance to the cell, m) clamped to [minDistanceM, maxDistanceM] where it is applied.
 */
export const modelCorrectionSchema = z.object({
  model: z.enum(CALIBRATION_MODELS),
  offsetDb: z.number().min(-60).max(60),
  /** dB per decade of distance; 0 when only an offset was fitted. */
  slopeDbPerDecade: z.number().min(-60).max(60).default(0),
  refDistanceM: metres,
  minDistanceM: metres,
  maxDistanceM: metres,
  /** Receiver heights of the fitted measurements, m above ground. */
  minHeightM: metres,
  maxHeightM: metres,
  n: count,
  /** Before the correction: mean of measured − predicted, population standard deviation and RMSE, dB. */
  meanErrorDb: db,
  stdDb: spread,
  rmseDb: spread,
  /** RMSE of the residuals after the correction, dB. */
  rmseAfterDb: spread,
  /** One standard error of the offset (σ/√n), dB. */
  offsetStdErrorDb: spread,
});

/**
 * A calibration against measured RSRP, stored in the project: per-model corrections, what they were fitted from
 * (file name, SHA-256, rows) and under which model configuration, so a later mismatch can be shown.
 */
export const calibrationSchema = z.object({
  /** When the fit was made (passed in by the caller; core has no clock). */
  fittedAt: z.iso.datetime({ offset: true }),
  measurementFile: z.object({
    name: z.string().max(500),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    /** Data rows used (after skipped bad rows). */
    rows: count,
    /** Bad rows the user chose to skip. */
    skippedRows: count.default(0),
  }),
  /** The model configuration of the comparison. */
  fittedUnder: z.object({
    losMode: losModeSchema,
    /** Receiver height used for rows without a height column, m. */
    defaultHeightM: z.number().min(0).max(3000),
    terrain: calibrationTerrainSchema,
  }),
  models: z.array(modelCorrectionSchema).min(1),
  /** All compared measurements together, before the correction. */
  overall: z.object({
    n: count,
    meanErrorDb: db,
    stdDb: spread,
    rmseDb: spread,
  }),
  /** Measurements left out of the comparison (unknown cell, outside the models' validity, too far). */
  excluded: count,
});

export type ModelCorrection = z.infer<typeof modelCorrectionSchema>;
export type Calibration = z.infer<typeof calibrationSchema>;
export type CalibrationTerrain = z.infer<typeof calibrationTerrainSchema>;
