import { terrainLinkRule, type LosMode, type RadioCell } from '../../../core/coverage';
import { terrainModeOf, type ElevationModels } from '../../../core/terrain';

/** The calibration's name for the terrain rule the coverage run applies: DTM excess, or surface-decided LOS. */
export function calibrationTerrainOf(models: ElevationModels | null): 'none' | 'DTM' | 'DSM' {
  const mode = terrainModeOf(models);
  return mode === null ? 'none' : mode === 'DTM' ? 'DTM' : 'DSM';
}

/** The LOS mode the tables use under the models: the project's with a DTM (or none), LOS with a surface model. */
export function calibrationLosMode(models: ElevationModels | null, losMode: LosMode): LosMode {
  return calibrationTerrainOf(models) === 'DSM' ? 'los' : losMode;
}

/**
 * The terrain's extra loss (dB ≥ 0) of one cell → measurement link over the tables of calibrationLosMode: the
 * coverage raster's rules for links (terrainLinkRule, with `losMode` the project's), at the measurement's height.
 * NaN where the models do not cover both ends: the coverage run then uses the statistical model, and the comparison
 * counts those rows.
 */
export function terrainExtraLoss(
  models: ElevationModels,
  losMode: LosMode,
  gridResolutionM: number,
): (cell: RadioCell, e: number, n: number, heightM: number) => number {
  const rule = terrainLinkRule(models, { losMode, gridResolutionM });
  return rule ? (cell, e, n, heightM) => rule.extraLossDb(cell, e, n, heightM) : () => NaN;
}
