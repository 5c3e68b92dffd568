import {
  coverageInputHash,
  defaultAoi,
  ueNoiseFigureOf,
  type CoverageOptions,
  type CoverageThresholds,
  type RadioCell,
} from '../../../core/coverage';
import { gridForBounds, utmBoundsOf, type GridSpec } from '../../../core/geo/grid';
import type { Problem } from '../../../core/project/problem';
import type { AreaGeometry, Project } from '../../../core/project/schema';
import type { CoverageSettings, TerrainModel } from '../../state/coverage-state';
import { receiverCellsOf } from './receiver-cells';

/** Everything a coverage run needs, derived from the project, the settings and the terrain model. */
export interface CoverageInputs {
  hash: string;
  cells: RadioCell[];
  grid: GridSpec;
  options: Partial<CoverageOptions>;
  thresholds: CoverageThresholds;
  aoi: AreaGeometry;
  /** Why the settings cannot run (e.g. the high-loss building for RMa sites); cells is empty then. */
  problems: Problem[];
}

/**
 * The engine options of the settings. With elevation models the worker derives the kernel's LOS mode from them
 * (core/coverage/terrain.ts): under a DTM the project's, with a DSM the LOS formula plus the surface's loss.
 */
export function coverageOptionsOf(settings: CoverageSettings, noiseFigureDb?: number): Partial<CoverageOptions> {
  return {
    rxHeightM: settings.rxHeightM,
    load: Math.min(1, Math.max(0, settings.loadPercent / 100)),
    losMode: settings.losMode,
    ...(noiseFigureDb === undefined ? {} : { noiseFigureDb }),
  };
}

/** RSRP thresholds good/edge (best first) and the SINR threshold. */
export function thresholdsOf(settings: CoverageSettings): CoverageThresholds {
  const [good, edge] = [Math.max(settings.goodDbm, settings.edgeDbm), Math.min(settings.goodDbm, settings.edgeDbm)];
  return { rsrpDbm: good === edge ? [edge] : [good, edge], sinrDb: [settings.sinrDb] };
}

/** A short identity of the elevation models for the input hash (hashing every height would take too long). */
function terrainKey(terrain: TerrainModel | null): string | null {
  if (!terrain) return null;
  return [terrain.dtm, terrain.dsm]
    .map((m) => {
      if (!m) return '-';
      const { grid, kind, downsampleFactor, validPixels, files } = m.dem;
      return `${m.name}|${kind}|${grid.originX}|${grid.originY}|${grid.pixelSizeX}|${grid.width}|${grid.height}|${downsampleFactor}|${validPixels}|${files}`;
    })
    .join('/');
}

/**
 * The job inputs and their hash (coverageInputHash over cells, grid and options, plus the AOI, thresholds, receiver target, sites,
 * corridors and terrain identity, since the statistics depend on them too). null when there is nothing to analyse.
 */
export function coverageInputsOf(
  project: Pick<Project, 'sites' | 'areas' | 'corridors' | 'radio'> & Partial<Pick<Project, 'calibration'>>,
  settings: CoverageSettings,
  terrain: TerrainModel | null,
): CoverageInputs | null {
  const aoi = defaultAoi(project, settings.areaId ?? undefined);
  if (!aoi) return null;
  const receivers = receiverCellsOf(project, settings.target);
  const cells = receivers.ok ? receivers.value : [];
  const grid = gridForBounds(utmBoundsOf(aoi.geometry), settings.resolutionM);
  const options = coverageOptionsOf(settings, ueNoiseFigureOf(project).valueDb);
  const thresholds = thresholdsOf(settings);
  const hash = coverageInputHash({
    cells,
    grid,
    options: {
      ...options,
      aoi: aoi.geometry,
      thresholds,
      target: settings.target,
      terrain: terrainKey(terrain),
      sites: project.sites.map((s) => [s.id, s.name, s.lon, s.lat]),
      corridors: project.corridors,
    },
  });
  return {
    hash,
    cells,
    grid,
    options,
    thresholds,
    aoi: aoi.geometry,
    problems: receivers.ok ? [] : receivers.problems,
  };
}

let memo: { key: unknown[]; value: CoverageInputs | null } | null = null;

/** coverageInputsOf, memoised on the identity of its inputs (the store keeps unchanged parts identical). */
export function currentCoverageInputs(
  project: Pick<Project, 'sites' | 'areas' | 'corridors' | 'radio'> & Partial<Pick<Project, 'calibration'>>,
  settings: CoverageSettings,
  terrain: TerrainModel | null,
): CoverageInputs | null {
  const key = [project.sites, project.areas, project.corridors, project.radio, project.calibration, settings, terrain];
  if (memo && memo.key.every((k, i) => k === key[i])) return memo.value;
  const value = coverageInputsOf(project, settings, terrain);
  memo = { key, value };
  return value;
}
