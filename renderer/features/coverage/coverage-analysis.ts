import { corridorCoverage } from '../../../core/coverage/corridor';
import { coverageGaps } from '../../../core/coverage/gaps';
import { isoMultiPolygon } from '../../../core/coverage/contours';
import { preparePointModels, type CoverageRaster } from '../../../core/coverage/kernel';
import { polygonMask } from '../../../core/coverage/mask';
import type { CoverageOptions } from '../../../core/coverage/options';
import type { RadioCell } from '../../../core/coverage/cells';
import {
  coverageStats,
  coveredThresholdDbm,
  siteCoverage,
  type CoverageThresholds,
} from '../../../core/coverage/stats';
import type { GridSpec } from '../../../core/geo/grid';
import type { AreaGeometry, Corridor, Site } from '../../../core/project/schema';
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
  /** Options for point evaluation at sites and corridors (statistical LOS mode, no terrain). */
  pointOptions: Partial<CoverageOptions>;
  thresholds: CoverageThresholds;
  sites: Site[];
  corridors: Corridor[];
}

export type AreaOutput = Pick<CoverageResult, 'contours' | 'gaps' | 'stats'>;
export type PointsOutput = Pick<CoverageResult, 'sites' | 'corridors'>;

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
 * Coverage at every site (at the receiver height) and along every corridor at its altitude, by direct evaluation.
 * Corridors at the same altitude share one set of prepared cells (the costly part on large plans); one set is alive
 * at a time, so memory stays at one table per cell.
 */
export function analysePoints(input: PointsInput): PointsOutput {
  const { grid, cells, pointOptions } = input;
  const edgeDbm = coveredThresholdDbm(input.thresholds);
  const spanM = Math.hypot(grid.width, grid.height) * grid.resolutionM + 20_000;
  const sites =
    input.sites.length > 0 ? siteCoverage(input.sites, preparePointModels(cells, pointOptions, spanM), edgeDbm) : [];
  const corridors = new Array<ReturnType<typeof corridorCoverage>>(input.corridors.length);
  const altitudes = [...new Set(input.corridors.map((c) => c.altitudeM))];
  for (const altitudeM of altitudes) {
    const prepared = preparePointModels(cells, { ...pointOptions, rxHeightM: altitudeM }, spanM);
    input.corridors.forEach((corridor, i) => {
      if (corridor.altitudeM === altitudeM) corridors[i] = corridorCoverage(corridor, prepared, edgeDbm);
    });
  }
  return { sites, corridors };
}
