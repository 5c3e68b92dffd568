import type { LocalizedText } from '../i18n/localized';

/**
 * Median path loss of one model evaluation (no shadow fading drawn), the log-normal shadow-fading
 * standard deviation the model specifies at that point, and any validity warnings.
 */
export interface PathLossResult {
  /** Median path loss in dB. */
  pathLossDb: number;
  /** Shadow-fading standard deviation σSF in dB (0 for free space). */
  shadowFadingStdDb: number;
  /** Inputs outside the model's validity range, and what was done about them. Empty when all valid. */
  warnings: LocalizedText[];
}

/** LOS or NLOS propagation condition. */
export type LinkCondition = 'LOS' | 'NLOS';

/** Geometry and carrier of one terrestrial link, as the TR 38.901 path-loss models take it. */
export interface LinkGeometry {
  /** Carrier frequency in GHz. */
  fcGHz: number;
  /** Horizontal (2D) distance between BS and UT in m. */
  d2dM: number;
  /** BS antenna height above ground in m. */
  hBsM: number;
  /** UT antenna height above ground in m. */
  hUtM: number;
}
