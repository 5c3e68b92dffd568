import {
  pathLossProfile,
  profilePathLossDb,
  type LosMode,
  type PathLossProfile,
  type RadioCell,
} from '../../../core/coverage';
import { terrainLinkLoss, terrainModeOf, workingModels, type ElevationModels } from '../../../core/terrain';

const MAX_LINK_M = 50_000;

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
 * The terrain's extra loss (dB ≥ 0) of one cell → measurement link over the tables of calibrationLosMode, under the
 * rules the coverage raster and the link calculator apply (core/coverage/terrain-points.ts): with a DTM the ground's
 * diffraction beyond a smooth Earth on top of the statistical model; with a surface model the LOS formula plus the
 * surface loss, capped at the NLOS median. NaN where the models do not cover both ends: the coverage run then uses
 * the statistical model, and the comparison counts those rows.
 */
export function terrainExtraLoss(
  models: ElevationModels,
  losMode: LosMode,
  gridResolutionM: number,
): (cell: RadioCell, e: number, n: number, heightM: number) => number {
  const work = workingModels(models, gridResolutionM);
  const surface = calibrationTerrainOf(models) === 'DSM';
  const profiles = new Map<string, { los: PathLossProfile; nlos: PathLossProfile }>();
  return (cell, e, n, heightM) => {
    const link = terrainLinkLoss(
      work,
      { e: cell.e, n: cell.n, antennaHeightM: cell.antennaHeightM },
      { e, n, antennaHeightM: heightM },
      { fcGHz: cell.fcGHz },
    );
    if (!link.ok) return NaN;
    if (!surface) return link.value.rule === 'DTM' ? link.value.terrainLossDb : 0;
    const hUtM = heightM < 25 ? Math.round(heightM * 10) / 10 : Math.round(heightM);
    const key = `${cell.environment}|${cell.fcGHz}|${cell.antennaHeightM}|${hUtM}`;
    let pair = profiles.get(key);
    if (!pair) {
      const base = { environment: cell.environment, fcGHz: cell.fcGHz, hBsM: cell.antennaHeightM, hUtM };
      pair = {
        los: pathLossProfile({ ...base, losMode: 'los' }, MAX_LINK_M),
        nlos: pathLossProfile({ ...base, losMode: 'nlos' }, MAX_LINK_M),
      };
      profiles.set(key, pair);
    }
    const d = Math.max(1, Math.hypot(e - cell.e, n - cell.n));
    const losDb = profilePathLossDb(pair.los, d);
    return Math.min(link.value.terrainLossDb, Math.max(0, profilePathLossDb(pair.nlos, d) - losDb));
  };
}
