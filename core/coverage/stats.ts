import type { Site } from '../project/schema';
import { wgs84ToUtm32 } from '../geo/projection';
import { evaluatePoint, type CoverageRaster, type preparePointModels } from './kernel';
import { evaluatePointWithTerrain, type PointTerrain } from './terrain-points';

/** Editable coverage thresholds (reference-radio §4.4; no normative source). */
export interface CoverageThresholds {
  /** RSRP thresholds in dBm per RE, best first: default −100 ("good") and −110 ("edge", the covered line). */
  rsrpDbm: number[];
  /** SINR thresholds in dB: default 0 and −3. */
  sinrDb: number[];
}

export const DEFAULT_THRESHOLDS: CoverageThresholds = { rsrpDbm: [-100, -110], sinrDb: [0, -3] };

/** The "covered" line: the weakest RSRP threshold. */
export function coveredThresholdDbm(thresholds: CoverageThresholds): number {
  return Math.min(...thresholds.rsrpDbm);
}

export interface ThresholdShare {
  threshold: number;
  /** Share of the area's pixels at or above the threshold, 0…1. */
  share: number;
  areaKm2: number;
}

export interface CoverageStats {
  /** Area of the mask in km² (pixel count × pixel area). */
  areaKm2: number;
  pixels: number;
  rsrp: ThresholdShare[];
  sinr: ThresholdShare[];
  /** Per cell: area it serves at or above the covered line, in the whole grid and inside the mask (km²). */
  servedByCell: { cellId: string; servedKm2: number; servedInAreaKm2: number }[];
}

/** Coverage shares per threshold inside `mask` (1 = inside; e.g. polygonMask of the AOI), and served area per cell. */
export function coverageStats(
  raster: CoverageRaster,
  mask: Uint8Array,
  thresholds: CoverageThresholds = DEFAULT_THRESHOLDS,
): CoverageStats {
  const pixelKm2 = raster.grid.resolutionM ** 2 / 1e6;
  const rsrpCounts = thresholds.rsrpDbm.map(() => 0);
  const sinrCounts = thresholds.sinrDb.map(() => 0);
  const served = raster.cellIds.map(() => 0);
  const servedIn = raster.cellIds.map(() => 0);
  const covered = coveredThresholdDbm(thresholds);
  let pixels = 0;
  const { rsrpDbm, sinrDb, bestServer } = raster;
  for (let i = 0; i < rsrpDbm.length; i++) {
    const r = rsrpDbm[i] as number;
    const inside = mask[i] === 1;
    if (r >= covered) {
      const b = bestServer[i] as number;
      served[b]! += 1;
      if (inside) servedIn[b]! += 1;
    }
    if (!inside) continue;
    pixels++;
    thresholds.rsrpDbm.forEach((t, k) => {
      if (r >= t) rsrpCounts[k]! += 1;
    });
    if (sinrDb) {
      const s = sinrDb[i] as number;
      thresholds.sinrDb.forEach((t, k) => {
        if (s >= t) sinrCounts[k]! += 1;
      });
    }
  }
  const share = (list: number[], counts: number[]): ThresholdShare[] =>
    list.map((threshold, k) => ({
      threshold,
      share: pixels > 0 ? (counts[k] as number) / pixels : 0,
      areaKm2: (counts[k] as number) * pixelKm2,
    }));
  return {
    areaKm2: pixels * pixelKm2,
    pixels,
    rsrp: share(thresholds.rsrpDbm, rsrpCounts),
    sinr: sinrDb ? share(thresholds.sinrDb, sinrCounts) : [],
    servedByCell: raster.cellIds.map((cellId, i) => ({
      cellId,
      servedKm2: (served[i] as number) * pixelKm2,
      servedInAreaKm2: (servedIn[i] as number) * pixelKm2,
    })),
  };
}

export interface SiteCoverage {
  siteId: string;
  name: string;
  /** RSRP in dBm per RE at the site's position (computed directly, not from the raster); null below the floor. */
  rsrpDbm: number | null;
  sinrDb: number | null;
  bestCellId: string | null;
  covered: boolean;
}

/**
 * RSRP, SINR and best cell at each site's position (direct evaluation at the prepared receiver height); with
 * `terrain` (prepare the models with terrain.losMode) each cell's path gets its terrain loss as in the raster.
 */
export function siteCoverage(
  sites: readonly Site[],
  prepared: ReturnType<typeof preparePointModels>,
  coveredDbm: number,
  terrain: PointTerrain | null = null,
): SiteCoverage[] {
  return sites.map((site) => {
    const [e, n] = wgs84ToUtm32([site.lon, site.lat]);
    const p = terrain ? evaluatePointWithTerrain(prepared, e, n, terrain) : evaluatePoint(prepared, e, n);
    const ok = p.bestIndex >= 0;
    return {
      siteId: site.id,
      name: site.name,
      rsrpDbm: ok ? p.rsrpDbm : null,
      sinrDb: ok ? p.sinrDb : null,
      bestCellId: ok ? (prepared.models[p.bestIndex]?.cell.id ?? null) : null,
      covered: ok && p.rsrpDbm >= coveredDbm,
    };
  });
}
