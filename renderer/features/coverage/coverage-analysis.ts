import {
  corridorCoverage,
  coverageGaps,
  coverageStats,
  coveredThresholdDbm,
  isoMultiPolygon,
  polygonMask,
  preparePointModels,
  siteCoverage,
  type CoverageOptions,
  type CoverageRaster,
  type CoverageThresholds,
  type RadioCell,
} from '../../../core/coverage';
import type { AreaGeometry, Corridor, Site } from '../../../core/project/schema';
import type { CoverageResult } from '../../state/coverage-state';

/** Inputs of the post-processing step that turns a merged raster into polygons and statistics. */
export interface AnalysisInput {
  raster: CoverageRaster;
  aoi: AreaGeometry;
  thresholds: CoverageThresholds;
  cells: RadioCell[];
  /** Options for point evaluation at sites and corridors (statistical LOS mode, no terrain). */
  pointOptions: Partial<CoverageOptions>;
  sites: Site[];
  corridors: Corridor[];
}

export type AnalysisOutput = Pick<CoverageResult, 'contours' | 'gaps' | 'stats' | 'sites' | 'corridors'>;

/**
 * Statistics inside the AOI (coverageStats), outlines at each RSRP threshold (isoMultiPolygon), gaps at the edge
 * threshold (coverageGaps), coverage at every site and along every corridor at its altitude (direct evaluation).
 */
export function analyseCoverage(input: AnalysisInput): AnalysisOutput {
  const { raster, aoi, thresholds } = input;
  const stats = coverageStats(raster, polygonMask(aoi, raster.grid), thresholds);
  const contours = thresholds.rsrpDbm.map((levelDbm) => ({
    levelDbm,
    geometry: isoMultiPolygon(raster.rsrpDbm, raster.grid, levelDbm),
  }));
  const edgeDbm = coveredThresholdDbm(thresholds);
  const covered = contours.find((c) => c.levelDbm === edgeDbm)?.geometry ?? null;
  const gaps = coverageGaps(aoi, covered);
  const { grid } = raster;
  const spanM = Math.hypot(grid.width, grid.height) * grid.resolutionM + 20_000;
  const atGround = preparePointModels(input.cells, input.pointOptions, spanM);
  const sites = siteCoverage(input.sites, atGround, edgeDbm);
  const corridors = input.corridors.map((corridor) =>
    corridorCoverage(
      corridor,
      preparePointModels(input.cells, { ...input.pointOptions, rxHeightM: corridor.altitudeM }, spanM),
      edgeDbm,
    ),
  );
  return { stats, contours, gaps, sites, corridors };
}
