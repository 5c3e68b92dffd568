import { farthestCornerM, type GridSpec } from '../geo/grid';
import {
  groundHeightAt,
  RULE_DSM,
  RULE_DTM,
  terrainModeOf,
  terrainSweep,
  workingModels,
  type ElevationModels,
  type TerrainMode,
} from '../terrain';
import type { RadioCell } from './cells';
import { prepareCellModels, type CellModel } from './cell-model';
import { siteReachByBearing } from './terrain-reach';
import { resolveCoverageOptions, type CoverageOptions, type LosMode } from './options';
import { pathLossProfile, profilePathLossDb, type ProfileKey } from './path-loss-profile';

/** What the kernel needs to predict with elevation models (core/terrain/terrain-loss.ts has the rules). */
export interface TerrainCoverage {
  mode: TerrainMode;
  /** The kernel's LOS mode: the project's under a DTM; 'los' when a DSM decides LOS per path. */
  losMode: LosMode;
  /**
   * Extra loss in dB per pixel for each cell (order of `cells`; sectors of a site share one array):
   * DTM: the terrain excess (NaN where there is no data: the statistical model alone);
   * DSM: the difference to the LOS formula the kernel runs with (so no data gives back the statistical model).
   */
  extraLossDb: Float32Array[];
}

/** Sites whose sectors share one sweep: same position, height, carrier and scenario. */
function siteKey(cell: RadioCell): string {
  return `${cell.e}|${cell.n}|${cell.antennaHeightM}|${cell.fcGHz}|${cell.environment}`;
}

/**
 * The kernel inputs for a coverage job with elevation models: one terrain sweep per site (shared by its sectors),
 * radials as long as the site's cells reach (the kernel's own range culling at its LOS mode), on the models at
 * the grid's working resolution. `onSite` reports sites done for progress.
 */
export function terrainCoverage(
  models: ElevationModels,
  cells: readonly RadioCell[],
  grid: GridSpec,
  options: Partial<CoverageOptions>,
  onSite?: (done: number, total: number) => void,
  /** As CoverageInput.tableSpanM: the whole run's span when `grid` is a band of it. */
  tableSpanM = 0,
): TerrainCoverage | null {
  const mode = terrainModeOf(models);
  if (!mode) return null;
  const resolved = resolveCoverageOptions(options);
  const losMode: LosMode = mode === 'DTM' ? resolved.losMode : 'los';
  const work = workingModels(models, grid.resolutionM);
  const prepared = prepareCellModels(cells, { ...resolved, losMode }, (cell) =>
    Math.max(tableSpanM, farthestCornerM(grid, cell.e, cell.n)),
  );
  const bySite = new Map<string, number[]>();
  cells.forEach((cell, i) => {
    const key = siteKey(cell);
    bySite.set(key, [...(bySite.get(key) ?? []), i]);
  });
  const extraLossDb: Float32Array[] = new Array<Float32Array>(cells.length);
  let done = 0;
  for (const members of bySite.values()) {
    const cell = cells[members[0] as number] as RadioCell;
    const reachByBearing = siteReachByBearing(
      members.map((i) => prepared.models[i] as CellModel),
      prepared.floorMw,
    );
    const sweep = terrainSweep(work, { e: cell.e, n: cell.n, antennaHeightM: cell.antennaHeightM }, grid, {
      rxHeightM: resolved.rxHeightM,
      fcGHz: cell.fcGHz,
      maxDistanceM: Math.max(...reachByBearing),
      reachByBearing,
    });
    const extra = mode === 'DTM' ? sweep.lossDb : surfaceExtra(sweep, cell, grid, resolved);
    for (const i of members) extraLossDb[i] = extra;
    onSite?.(++done, bySite.size);
  }
  return { mode, losMode, extraLossDb };
}

/** Step of the distance tables in √m (as the kernel's). */
const STEP_SQRT_M = 0.05;

/**
 * DSM modes, with the kernel on the LOS formula: per pixel the extra loss that gives the rule's path loss —
 * DSM pixels min(L, NLOS − LOS); DTM pixels (statistical − LOS) + excess; no data: statistical − LOS.
 */
function surfaceExtra(
  sweep: { lossDb: Float32Array; rule: Uint8Array },
  cell: RadioCell,
  grid: GridSpec,
  options: CoverageOptions,
): Float32Array {
  const maxD =
    Math.hypot(grid.width, grid.height) * grid.resolutionM + Math.hypot(cell.e - grid.originE, cell.n - grid.originN);
  const gaps = distanceGaps(
    {
      environment: cell.environment,
      fcGHz: cell.fcGHz,
      hBsM: cell.antennaHeightM,
      hUtM: options.rxHeightM,
      losMode: options.losMode,
    },
    maxD,
  );
  const out = new Float32Array(grid.width * grid.height);
  for (let r = 0; r < grid.height; r++) {
    const dy = grid.originN - (r + 0.5) * grid.resolutionM - cell.n;
    for (let c = 0; c < grid.width; c++) {
      const i = r * grid.width + c;
      const d = Math.hypot(grid.originE + (c + 0.5) * grid.resolutionM - cell.e, dy);
      const x = Math.sqrt(d) / STEP_SQRT_M;
      const k = Math.min(gaps.nlos.length - 2, Math.floor(x));
      const f = Math.min(1, x - k);
      const nlosGap = (gaps.nlos[k] as number) * (1 - f) + (gaps.nlos[k + 1] as number) * f;
      const statGap = (gaps.stat[k] as number) * (1 - f) + (gaps.stat[k + 1] as number) * f;
      const rule = sweep.rule[i];
      const loss = sweep.lossDb[i] as number;
      out[i] = rule === RULE_DSM ? Math.min(loss, nlosGap) : rule === RULE_DTM ? statGap + loss : statGap;
    }
  }
  return out;
}

/** max(0, NLOS − LOS) and max(0, statistical − LOS) in dB at √d = k·STEP_SQRT_M. */
function distanceGaps(key: ProfileKey, maxD: number): { nlos: Float32Array; stat: Float32Array } {
  const los = pathLossProfile({ ...key, losMode: 'los' }, maxD);
  const nlos = pathLossProfile({ ...key, losMode: 'nlos' }, maxD);
  const stat = key.losMode === 'los' ? los : key.losMode === 'nlos' ? nlos : pathLossProfile(key, maxD);
  const size = Math.ceil(Math.sqrt(maxD) / STEP_SQRT_M) + 2;
  const out = { nlos: new Float32Array(size), stat: new Float32Array(size) };
  for (let k = 0; k < size; k++) {
    const d = (k * STEP_SQRT_M) ** 2;
    const l = profilePathLossDb(los, d);
    out.nlos[k] = Math.max(0, profilePathLossDb(nlos, d) - l);
    out.stat[k] = Math.max(0, profilePathLossDb(stat, d) - l);
  }
  return out;
}

/**
 * Share (0…1) of the pixels inside `mask` (1 = inside, e.g. polygonMask of the area) where the elevation models
 * give a ground height: the rest is predicted by the statistical model alone.
 */
export function terrainCoveredShare(models: ElevationModels, grid: GridSpec, mask: Uint8Array): number {
  let inside = 0;
  let covered = 0;
  for (let r = 0; r < grid.height; r++) {
    const n = grid.originN - (r + 0.5) * grid.resolutionM;
    for (let c = 0; c < grid.width; c++) {
      if (mask[r * grid.width + c] !== 1) continue;
      inside++;
      if (!Number.isNaN(groundHeightAt(models, grid.originE + (c + 0.5) * grid.resolutionM, n))) covered++;
    }
  }
  return inside > 0 ? covered / inside : 0;
}
