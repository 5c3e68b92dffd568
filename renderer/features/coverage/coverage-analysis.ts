import { corridorCoverage } from '../../../core/coverage/corridor';
import { coverageGaps } from '../../../core/coverage/gaps';
import { isoMultiPolygon } from '../../../core/coverage/contours';
import { preparePointModels, type CoverageRaster } from '../../../core/coverage/kernel';
import { polygonMask } from '../../../core/coverage/mask';
import type { CoverageOptions } from '../../../core/coverage/options';
import type { RadioCell } from '../../../core/coverage/cells';
import { pointTerrain } from '../../../core/coverage/terrain-points';
import { terrainCoveredShare } from '../../../core/coverage/terrain';
import {
  coverageStats,
  coveredThresholdDbm,
  siteCoverage,
  type CoverageThresholds,
} from '../../../core/coverage/stats';
import type { GridSpec } from '../../../core/geo/grid';
import type { AreaGeometry, Corridor, Site } from '../../../core/project/schema';
import type { ElevationModels } from '../../../core/terrain';
import type { CoverageResult } from '../../state/coverage-state';

/** Inputs of the raster step: statistics in the AOI, outlines and gaps (only the arrays it reads are sent). */
export interface AreaInput {
  raster: Pick<CoverageRaster, 'grid' | 'rsrpDbm' | 'sinrDb' | 'bestServer' | 'cellIds'>;
  aoi: AreaGeometry;
  thresholds: CoverageThresholds;
}

/** Inputs of the point step: coverage evaluated at each site and along each corridor at its altitude. */
export interface PointsInput {
  grid: GridSpec;
  cells: RadioCell[];
  /** Options for point evaluation at sites and corridors (the project's LOS mode). */
  pointOptions: Partial<CoverageOptions>;
  thresholds: CoverageThresholds;
  sites: Site[];
  corridors: Corridor[];
  /** The area of interest (for the share of it with elevation data). */
  aoi: AreaGeometry;
  /** The run's table span (pointTableSpanM): the points reuse the raster's distance tables. */
  tableSpanM: number;
  /** Elevation models of the run (at its working resolution), for sites, corridors and the covered share. */
  terrain: ElevationModels | null;
}

export type AreaOutput = Pick<CoverageResult, 'contours' | 'gaps' | 'stats'>;
export type PointsOutput = Pick<CoverageResult, 'sites' | 'corridors'> & {
  /** Share of the area with elevation data, null without a model. */
  terrainCoveredShare: number | null;
};

/** Statistics inside the AOI (coverageStats), outlines at each RSRP threshold (isoMultiPolygon), gaps at the edge. */
export function analyseArea({ raster, aoi, thresholds }: AreaInput): AreaOutput {
  const stats = coverageStats(raster as CoverageRaster, polygonMask(aoi, raster.grid), thresholds);
  const contours = thresholds.rsrpDbm.map((levelDbm) => ({
    levelDbm,
    geometry: isoMultiPolygon(raster.rsrpDbm, raster.grid, levelDbm),
  }));
  const edgeDbm = coveredThresholdDbm(thresholds);
  const covered = contours.find((c) => c.levelDbm === edgeDbm)?.geometry ?? null;
  return { stats, contours, gaps: coverageGaps(aoi, covered) };
}

/**
 * Coverage at every site (at the receiver height) and along every corridor at its altitude, by direct evaluation
 * with the terrain of the run (the raster's rules, core/coverage/terrain-points.ts), and the share of the area with
 * elevation data. Corridors at the same altitude share one set of prepared cells (the costly part on large plans);
 * one set is alive at a time, so memory stays at one table per cell.
 */
export function analysePoints(input: PointsInput): PointsOutput {
  const { grid, cells, pointOptions, tableSpanM: spanM } = input;
  const edgeDbm = coveredThresholdDbm(input.thresholds);
  const models = input.terrain;
  const losMode = pointOptions.losMode ?? 'blend-mean-db';
  const at = (rxHeightM: number) => {
    const t = models ? pointTerrain(models, cells, { rxHeightM, losMode, gridResolutionM: grid.resolutionM }) : null;
    const prepared = preparePointModels(cells, { ...pointOptions, rxHeightM, losMode: t?.losMode ?? losMode }, spanM);
    return { t, prepared };
  };
  let sites: PointsOutput['sites'] = [];
  if (input.sites.length > 0) {
    const ground = at(pointOptions.rxHeightM ?? 1.5);
    sites = siteCoverage(input.sites, ground.prepared, edgeDbm, ground.t);
  }
  const corridors = new Array<ReturnType<typeof corridorCoverage>>(input.corridors.length);
  const altitudes = [...new Set(input.corridors.map((c) => c.altitudeM))];
  for (const altitudeM of altitudes) {
    const air = at(altitudeM);
    input.corridors.forEach((corridor, i) => {
      if (corridor.altitudeM === altitudeM) corridors[i] = corridorCoverage(corridor, air.prepared, edgeDbm, 25, air.t);
    });
  }
  const share = models ? terrainCoveredShare(models, grid, polygonMask(input.aoi, grid)) : null;
  return { sites, corridors, terrainCoveredShare: share };
}
