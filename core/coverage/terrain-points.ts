import { terrainLinkLoss, terrainModeOf, workingModels, type ElevationModels } from '../terrain';
import type { RadioCell } from './cells';
import { evaluatePoint, type PointCoverage, type preparePointModels } from './kernel';
import type { LosMode } from './options';
import { pathLossProfile, profilePathLossDb, type PathLossProfile } from './path-loss-profile';

/** Terrain for point evaluations (sites, corridor samples): the kernel LOS mode and each cell's extra loss. */
export interface PointTerrain {
  /** Prepare the point models with this LOS mode (the project's under a DTM, 'los' with a DSM). */
  losMode: LosMode;
  /** Extra loss in dB of cell `index` at EPSG:25832 (e, n) for a receiver at the prepared height. */
  extraLossDb(index: number, e: number, n: number): number;
}

/**
 * Point terrain for `cells` at receiver height rxHeightM: the link calculator's computation (terrainLinkLoss on
 * the models at the coverage grid's working resolution) under the same rules as the raster, so a site's or a
 * corridor sample's value agrees with the pixel it lies in. Null without models.
 */
export function pointTerrain(
  models: ElevationModels,
  cells: readonly RadioCell[],
  options: { rxHeightM: number; losMode: LosMode; gridResolutionM: number },
): PointTerrain | null {
  const mode = terrainModeOf(models);
  if (!mode) return null;
  const work = workingModels(models, options.gridResolutionM);
  const profiles = new Map<string, { los: PathLossProfile; nlos: PathLossProfile; stat: PathLossProfile }>();
  const profilesOf = (cell: RadioCell) => {
    const key = `${cell.environment}|${cell.fcGHz}|${cell.antennaHeightM}`;
    let p = profiles.get(key);
    if (!p) {
      const base = {
        environment: cell.environment,
        fcGHz: cell.fcGHz,
        hBsM: cell.antennaHeightM,
        hUtM: options.rxHeightM,
      };
      const los = pathLossProfile({ ...base, losMode: 'los' }, 200_000);
      const nlos = pathLossProfile({ ...base, losMode: 'nlos' }, 200_000);
      const stat = pathLossProfile({ ...base, losMode: options.losMode }, 200_000);
      profiles.set(key, (p = { los, nlos, stat }));
    }
    return p;
  };
  return {
    losMode: mode === 'DTM' ? options.losMode : 'los',
    extraLossDb(index, e, n) {
      const cell = cells[index] as RadioCell;
      const link = terrainLinkLoss(
        work,
        { e: cell.e, n: cell.n, antennaHeightM: cell.antennaHeightM },
        { e, n, antennaHeightM: options.rxHeightM },
        { fcGHz: cell.fcGHz },
      );
      if (mode === 'DTM') return link.ok && link.value.rule === 'DTM' ? link.value.terrainLossDb : 0;
      const d = Math.max(1, Math.hypot(e - cell.e, n - cell.n));
      const p = profilesOf(cell);
      const los = profilePathLossDb(p.los, d);
      const statGap = Math.max(0, profilePathLossDb(p.stat, d) - los);
      if (!link.ok) return statGap;
      if (link.value.rule === 'DTM') return statGap + link.value.terrainLossDb;
      return Math.min(link.value.terrainLossDb, Math.max(0, profilePathLossDb(p.nlos, d) - los));
    },
  };
}

/** evaluatePoint with each cell's terrain extra loss (prepare the models with terrain.losMode). */
export function evaluatePointWithTerrain(
  prepared: ReturnType<typeof preparePointModels>,
  e: number,
  n: number,
  terrain: PointTerrain,
): PointCoverage {
  return evaluatePoint(prepared, e, n, (i) => terrain.extraLossDb(i, e, n));
}
