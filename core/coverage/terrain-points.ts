import { terrainLinkLoss, terrainModeOf, workingModels, type ElevationModels, type TerrainMode } from '../terrain';
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

/** The raster's terrain rules for single links (core/coverage/terrain.ts), at any receiver height. */
export interface TerrainLinkRule {
  mode: TerrainMode;
  /** The LOS mode of the tables the extra loss adds to: the project's under a DTM, 'los' with a surface model. */
  losMode: LosMode;
  /**
   * Extra loss in dB of the link from `cell` to a receiver rxHeightM above the ground at EPSG:25832 (e, n): under a
   * DTM the diffraction excess over a smooth Earth; with a surface model, on DSM links the surface loss capped at
   * the NLOS − LOS gap, on DTM links (no surface data) the statistical − LOS gap plus the excess. NaN where the
   * models do not cover the link (see statisticalExtraDb).
   */
  extraLossDb(cell: RadioCell, e: number, n: number, rxHeightM: number): number;
  /** What the raster uses where the models do not cover a link: 0 under a DTM, the statistical − LOS gap with a DSM. */
  statisticalExtraDb(cell: RadioCell, e: number, n: number, rxHeightM: number): number;
}

/** Receiver heights for the gap profiles: 0.1 m steps below 25 m, whole metres above (drone logs have many). */
function profileHeightM(heightM: number): number {
  return heightM < 25 ? Math.round(heightM * 10) / 10 : Math.round(heightM);
}

/**
 * The terrain rules for links on the models at the coverage grid's working resolution (terrainLinkLoss, the link
 * calculator's computation), so a point's value agrees with the pixel it lies in; `losMode` is the project's. Null
 * without models.
 */
export function terrainLinkRule(
  models: ElevationModels,
  options: { losMode: LosMode; gridResolutionM: number },
): TerrainLinkRule | null {
  const mode = terrainModeOf(models);
  if (!mode) return null;
  const work = workingModels(models, options.gridResolutionM);
  const profiles = new Map<string, { los: PathLossProfile; nlos: PathLossProfile; stat: PathLossProfile }>();
  const profilesOf = (cell: RadioCell, rxHeightM: number) => {
    const hUtM = profileHeightM(rxHeightM);
    const key = `${cell.environment}|${cell.fcGHz}|${cell.antennaHeightM}|${hUtM}`;
    let p = profiles.get(key);
    if (!p) {
      const base = { environment: cell.environment, fcGHz: cell.fcGHz, hBsM: cell.antennaHeightM, hUtM };
      const los = pathLossProfile({ ...base, losMode: 'los' }, 200_000);
      const nlos = pathLossProfile({ ...base, losMode: 'nlos' }, 200_000);
      const stat = pathLossProfile({ ...base, losMode: options.losMode }, 200_000);
      profiles.set(key, (p = { los, nlos, stat }));
    }
    return p;
  };
  const gaps = (cell: RadioCell, e: number, n: number, rxHeightM: number) => {
    const d = Math.max(1, Math.hypot(e - cell.e, n - cell.n));
    const p = profilesOf(cell, rxHeightM);
    const los = profilePathLossDb(p.los, d);
    return {
      stat: Math.max(0, profilePathLossDb(p.stat, d) - los),
      nlos: Math.max(0, profilePathLossDb(p.nlos, d) - los),
    };
  };
  return {
    mode,
    losMode: mode === 'DTM' ? options.losMode : 'los',
    extraLossDb(cell, e, n, rxHeightM) {
      const link = terrainLinkLoss(
        work,
        { e: cell.e, n: cell.n, antennaHeightM: cell.antennaHeightM },
        { e, n, antennaHeightM: rxHeightM },
        { fcGHz: cell.fcGHz },
      );
      if (!link.ok) return NaN;
      if (mode === 'DTM') return link.value.rule === 'DTM' ? link.value.terrainLossDb : 0;
      const gap = gaps(cell, e, n, rxHeightM);
      if (link.value.rule === 'DTM') return gap.stat + link.value.terrainLossDb;
      return Math.min(link.value.terrainLossDb, gap.nlos);
    },
    statisticalExtraDb(cell, e, n, rxHeightM) {
      return mode === 'DTM' ? 0 : gaps(cell, e, n, rxHeightM).stat;
    },
  };
}

/**
 * Point terrain for `cells` at receiver height rxHeightM (sites, corridor samples): terrainLinkRule, with the
 * statistical model where the models do not cover a link, as the raster. Null without models.
 */
export function pointTerrain(
  models: ElevationModels,
  cells: readonly RadioCell[],
  options: { rxHeightM: number; losMode: LosMode; gridResolutionM: number },
): PointTerrain | null {
  const rule = terrainLinkRule(models, options);
  if (!rule) return null;
  return {
    losMode: rule.losMode,
    extraLossDb(index, e, n) {
      const cell = cells[index] as RadioCell;
      const extra = rule.extraLossDb(cell, e, n, options.rxHeightM);
      return extra === extra ? extra : rule.statisticalExtraDb(cell, e, n, options.rxHeightM);
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
