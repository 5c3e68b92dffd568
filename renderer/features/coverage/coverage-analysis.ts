import {
  corridorCoverage,
  coverageGaps,
  coverageStats,
  coveredThresholdDbm,
  isoMultiPolygon,
  polygonMask,
  pointTerrain,
  preparePointModels,
  siteCoverage,
  terrainCoveredShare,
  type CoverageOptions,
  type CoverageRaster,
  type CoverageThresholds,
  type RadioCell,
} from '../../../core/coverage';
import type { AreaGeometry, Corridor, Site } from '../../../core/project/schema';
import type { ElevationModels } from '../../../core/terrain';
import type { CoverageResult } from '../../state/coverage-state';

/** Inputs of the post-processing step that turns a merged raster into polygons and statistics. */
export interface AnalysisInput {
  raster: CoverageRaster;
  aoi: AreaGeometry;
  thresholds: CoverageThresholds;
  cells: RadioCell[];
  /** Options for point evaluation at sites and corridors (the project's LOS mode). */
  pointOptions: Partial<CoverageOptions>;
  sites: Site[];
  corridors: Corridor[];
  /** Elevation models of the run (at its working resolution), for sites, corridors and the covered share. */
  terrain?: ElevationModels | null;
}

export type AnalysisOutput = Pick<CoverageResult, 'contours' | 'gaps' | 'stats' | 'sites' | 'corridors'> & {
  /** Share of the area with elevation data, null without a model. */
  terrainCoveredShare: number | null;
};

/**
 * Statistics inside the AOI (coverageStats), outlines at each RSRP threshold (isoMultiPolygon), gaps at the edge
 * threshold (coverageGaps), coverage at every site and along every corridor at its altitude (direct evaluation,
 * with the terrain of the run), and the share of the area with elevation data.
 */
export function analyseCoverage(input: AnalysisInput): AnalysisOutput {
  const { raster, aoi, thresholds } = input;
  const mask = polygonMask(aoi, raster.grid);
  const stats = coverageStats(raster, mask, thresholds);
  const contours = thresholds.rsrpDbm.map((levelDbm) => ({
    levelDbm,
    geometry: isoMultiPolygon(raster.rsrpDbm, raster.grid, levelDbm),
  }));
  const edgeDbm = coveredThresholdDbm(thresholds);
  const covered = contours.find((c) => c.levelDbm === edgeDbm)?.geometry ?? null;
  const gaps = coverageGaps(aoi, covered);
  const { grid } = raster;
  const spanM = Math.hypot(grid.width, grid.height) * grid.resolutionM + 20_000;
  const models = input.terrain ?? null;
  const losMode = input.pointOptions.losMode ?? 'blend-mean-db';
  const at = (rxHeightM: number) => {
    const t = models
      ? pointTerrain(models, input.cells, { rxHeightM, losMode, gridResolutionM: grid.resolutionM })
      : null;
    const prepared = preparePointModels(
      input.cells,
      { ...input.pointOptions, rxHeightM, losMode: t?.losMode ?? losMode },
      spanM,
    );
    return { t, prepared };
  };
  const ground = at(input.pointOptions.rxHeightM ?? 1.5);
  const sites = siteCoverage(input.sites, ground.prepared, edgeDbm, ground.t);
  const corridors = input.corridors.map((corridor) => {
    const air = at(corridor.altitudeM);
    return corridorCoverage(corridor, air.prepared, edgeDbm, 25, air.t);
  });
  const terrainShare = models ? terrainCoveredShare(models, grid, mask) : null;
  return { stats, contours, gaps, sites, corridors, terrainCoveredShare: terrainShare };
}
