import { coverageStats, isoMultiPolygon, polygonMask, radioCellsOf, runCoverageJob } from '../coverage';
import { gridForBounds, utmBoundsOf } from '../geo/grid';
import { intersectionAreaKm2 } from '../geo/overlap';
import { areaKm2Utm32 } from '../geo/measure';
import type { AreaGeometry, Project } from '../project/schema';

/** Coverage of the lease area as the request reports it: shares, the contour (not cut at the edge) and its spill-over. */
export interface RequestCoverage {
  resolutionM: number;
  /** Share of the lease area with RSRP ≥ −100 dBm and ≥ −110 dBm, 0…1. */
  shareGood: number;
  shareEdge: number;
  /** −100 dBm contour over the lease area and a margin around it (spill-over stays visible). */
  contour: AreaGeometry | null;
  /** km² of the contour outside the lease area. */
  spillKm2: number;
}

/** RSRP line the request's coverage contour and summary use, dBm per RE ("good", reference-radio §4.4). */
export const REQUEST_CONTOUR_DBM = -100;

/** Margin around the lease area the coverage job includes, m, so coverage beyond the edge is drawn. */
export const SPILL_MARGIN_M = 5000;

/**
 * Coverage of the lease area for the request document: a best-server job at `resolutionM` (ground level, 1.5 m) over the
 * area plus SPILL_MARGIN_M, the share above −100 and −110 dBm inside the area, and the −100 dBm contour with its spill.
 */
export function requestCoverage(project: Project, lease: AreaGeometry, resolutionM = 100): RequestCoverage | null {
  const cells = radioCellsOf(project);
  if (cells.length === 0) return null;
  const [minE, minN, maxE, maxN] = utmBoundsOf(lease);
  const m = SPILL_MARGIN_M;
  const bounds: [number, number, number, number] = [minE - m, minN - m, maxE + m, maxN + m];
  const grid = gridForBounds(bounds, resolutionM);
  const job = runCoverageJob({ cells, grid, options: { computeSinr: false } });
  if (!job.ok) return null;
  const stats = coverageStats(job.raster, polygonMask(lease, grid), {
    rsrpDbm: [REQUEST_CONTOUR_DBM, -110],
    sinrDb: [],
  });
  const contour = isoMultiPolygon(job.raster.rsrpDbm, grid, REQUEST_CONTOUR_DBM);
  const spillKm2 = contour ? Math.max(0, areaKm2Utm32(contour) - intersectionAreaKm2(contour, lease)) : 0;
  return {
    resolutionM,
    shareGood: stats.rsrp[0]?.share ?? 0,
    shareEdge: stats.rsrp[1]?.share ?? 0,
    contour,
    spillKm2,
  };
}
