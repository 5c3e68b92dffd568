import type {
  CalibrationConfig,
  CalibrationStats,
  Comparison,
  MeasurementLayout,
  MeasurementSet,
} from '../../core/calibration';
import type { Problem } from '../../core/project/problem';

/** What the calibration worker returns for a measurement file. */
export type CalibrationAnalysis =
  | { ok: false; problems: Problem[] }
  | {
      ok: true;
      fileName: string;
      sha256: string;
      layout: MeasurementLayout;
      /** The first bad rows (located), and how many there are in all. */
      badRows: Problem[];
      badRowCount: number;
      set: MeasurementSet;
      comparison: Comparison;
      stats: CalibrationStats;
      /** Up to 2000 [predicted, measured] pairs for the scatter plot. */
      scatter: [number, number][];
      config: CalibrationConfig;
    };

/**
 * The calibration panel's session state (STATE_STORAGE 'session'; only a fitted calibration is saved, in the
 * project): the measurement file, the running comparison, its result and the user's choices.
 */
export interface CalibrationSession {
  /** The imported file, kept to compare again after the plan changes. */
  source: { name: string; bytes: Uint8Array } | null;
  /** Progress 0…1 while the worker reads and compares. */
  job: { progress: number } | null;
  analysis: CalibrationAnalysis | null;
  /** Key of the cells and model settings `analysis` was computed with (stale when it differs). */
  inputsKey: string | null;
  /** The user chose to use the good rows of a file with bad rows. */
  acceptBadRows: boolean;
  /** Fit a slope over log10(distance) too (off by default). */
  slope: boolean;
  error: string | null;
}

export const EMPTY_CALIBRATION: CalibrationSession = {
  source: null,
  job: null,
  analysis: null,
  inputsKey: null,
  acceptBadRows: false,
  slope: false,
  error: null,
};
