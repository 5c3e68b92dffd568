import { pixelCentreE, pixelCentreN, type GridSpec } from '../geo/grid';
import { terrainExtraLossDb, type Dem, type DiffractionMethod } from '../terrain';
import type { RadioCell } from './cells';
import { pathLossProfile, profilePathLossDb } from './path-loss-profile';

export interface TerrainCoverageOptions {
  rxHeightM: number;
  method?: DiffractionMethod;
}

/**
 * Per-cell extra loss (dB) for the coverage kernel when a terrain model is loaded, under the rule in
 * core/terrain/terrain-loss.ts: PL = min(PL_LOS + L_terrain, max(PL_LOS, PL_NLOS)). The kernel must
 * then run with losMode 'los', so the extra loss per pixel is min(L_terrain, max(0, PL_NLOS − PL_LOS)).
 * Sectors of one site share one array (capped in place). NaN (outside the DEM) adds nothing in the kernel.
 */
export function terrainExtraLossForCells(
  dem: Dem,
  cells: readonly RadioCell[],
  grid: GridSpec,
  options: TerrainCoverageOptions,
): Float32Array[] {
  const bySite = new Map<string, Float32Array>();
  const maxD = Math.hypot(grid.width * grid.resolutionM, grid.height * grid.resolutionM) + 1000;
  return cells.map((cell) => {
    // Sectors of one site share position, height, frequency and scenario, so they share one array.
    const key = `${cell.e}|${cell.n}|${cell.antennaHeightM}|${cell.fcGHz}|${cell.environment}`;
    const cached = bySite.get(key);
    if (cached) return cached;
    const out = terrainExtraLossDb(dem, { e: cell.e, n: cell.n, antennaHeightM: cell.antennaHeightM }, grid, {
      rxHeightM: options.rxHeightM,
      fcGHz: cell.fcGHz,
      ...(options.method ? { method: options.method } : {}),
    });
    const base = {
      environment: cell.environment,
      fcGHz: cell.fcGHz,
      hBsM: cell.antennaHeightM,
      hUtM: options.rxHeightM,
    };
    const los = pathLossProfile({ ...base, losMode: 'los' }, maxD);
    const nlos = pathLossProfile({ ...base, losMode: 'nlos' }, maxD);
    for (let row = 0; row < grid.height; row++) {
      const dy = pixelCentreN(grid, row) - cell.n;
      for (let col = 0; col < grid.width; col++) {
        const i = row * grid.width + col;
        const loss = out[i] as number;
        if (Number.isNaN(loss)) continue;
        const d = Math.max(1, Math.hypot(pixelCentreE(grid, col) - cell.e, dy));
        out[i] = Math.min(loss, Math.max(0, profilePathLossDb(nlos, d) - profilePathLossDb(los, d)));
      }
    }
    bySite.set(key, out);
    return out;
  });
}
