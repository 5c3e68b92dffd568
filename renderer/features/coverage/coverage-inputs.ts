import {
  COVERAGE_ENGINE_VERSION,
  defaultAoi,
  hashText,
  stableHash,
  ueNoiseFigureOf,
  type CoverageOptions,
  type CoverageThresholds,
  type RadioCell,
  type TargetLocation,
} from '../../../core/coverage';
import { gridForBounds, utmBoundsOf, type GridSpec } from '../../../core/geo/grid';
import type { Problem } from '../../../core/project/problem';
import type { AreaGeometry, Project, Site } from '../../../core/project/schema';
import type { CoverageSettings, TerrainModel } from '../../state/coverage-state';
import { receiverCellsOf } from './receiver-cells';

/** Everything a coverage run needs, derived from the project, the settings and the terrain model. */
export interface CoverageInputs {
  hash: string;
  /** The cells as the kernel sees them (built on first use). */
  readonly cells: RadioCell[];
  /** Number of cells (without building them). */
  cellCount: number;
  grid: GridSpec;
  options: Partial<CoverageOptions>;
  thresholds: CoverageThresholds;
  aoi: AreaGeometry;
  /** Why the settings cannot run (e.g. the high-loss building for RMa sites); cells is empty then (built on first use). */
  readonly problems: Problem[];
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

const siteHashes = new WeakMap<Site, Partial<Record<TargetLocation, string>>>();
const geometryHashes = new WeakMap<AreaGeometry, string>();

/**
 * Hash of what coverage and its statistics read from one site: id, name, position, height, environment and cells (the
 * kernel's cells are a pure function of these and the target). Plain JSON: the cache lives for the session only.
 */
function siteHash(site: Site, target: TargetLocation): string {
  let byTarget = siteHashes.get(site);
  if (!byTarget) siteHashes.set(site, (byTarget = {}));
  const { id, name, lon, lat, antennaHeightM, environment, cells } = site;
  return (byTarget[target] ??= hashText(
    JSON.stringify([COVERAGE_ENGINE_VERSION, target, id, name, lon, lat, antennaHeightM, environment, cells]),
  ));
}

function geometryHash(geometry: AreaGeometry): string {
  let hash = geometryHashes.get(geometry);
  if (!hash) geometryHashes.set(geometry, (hash = stableHash(geometry)));
  return hash;
}

/**
 * The job inputs and their hash: grid, options, AOI, thresholds, receiver target, terrain identity, corridors and,
 * per site, a hash of its cells as the kernel sees them. Site and AOI hashes are cached by object identity (the
 * store keeps unchanged objects), so after an edit of one site only that site is hashed again; the cells are built
 * only when a job asks for them. null when there is nothing to analyse.
 */
export function coverageInputsOf(
  project: Pick<Project, 'sites' | 'areas' | 'corridors' | 'radio'> & Partial<Pick<Project, 'calibration'>>,
  settings: CoverageSettings,
  terrain: TerrainModel | null,
): CoverageInputs | null {
  const aoi = defaultAoi(project, settings.areaId ?? undefined);
  if (!aoi) return null;
  const grid = gridForBounds(utmBoundsOf(aoi.geometry), settings.resolutionM);
  const options = coverageOptionsOf(settings, ueNoiseFigureOf(project).valueDb);
  const thresholds = thresholdsOf(settings);
  const hash = stableHash({
    grid,
    options,
    aoi: geometryHash(aoi.geometry),
    thresholds,
    target: settings.target,
    terrain: terrainKey(terrain),
    sites: project.sites.map((site) => siteHash(site, settings.target)),
    corridors: project.corridors,
    calibration: project.calibration ?? null,
  });
  let receivers: ReturnType<typeof receiverCellsOf> | null = null;
  const built = () => (receivers ??= receiverCellsOf(project, settings.target));
  return {
    hash,
    get cells() {
      const r = built();
      return r.ok ? r.value : [];
    },
    get problems() {
      const r = built();
      return r.ok ? [] : r.problems;
    },
    cellCount: project.sites.reduce((sum, site) => sum + site.cells.length, 0),
    grid,
    options,
    thresholds,
    aoi: aoi.geometry,
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
