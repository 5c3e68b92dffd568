import { pathLossProfile, profilePathLossDb, type PathLossProfile, type RadioCell } from '../../../core/coverage';
import { combineTerrainPathLossDb, terrainLinkLoss, type Dem } from '../../../core/terrain';

const MAX_LINK_M = 50_000;

/**
 * The terrain's extra loss (dB ≥ 0) over the LOS formula for one cell → measurement link, by the rule the coverage
 * kernel and the link calculator apply with a terrain model (core/terrain/terrain-loss.ts:
 * min(LOS + diffraction, max(LOS, NLOS)) − LOS, with the kernel in 'los' mode). NaN where the elevation model does
 * not cover both ends (the comparison counts those rows).
 */
export function terrainExtraLoss(dem: Dem): (cell: RadioCell, e: number, n: number, heightM: number) => number {
  const profiles = new Map<string, { los: PathLossProfile; nlos: PathLossProfile }>();
  return (cell, e, n, heightM) => {
    const hUtM = heightM < 25 ? Math.round(heightM * 10) / 10 : Math.round(heightM);
    const key = `${cell.environment}|${cell.fcGHz}|${cell.antennaHeightM}|${hUtM}`;
    let pair = profiles.get(key);
    if (!pair) {
      const base = { environment: cell.environment, fcGHz: cell.fcGHz, hBsM: cell.antennaHeightM, hUtM };
      pair = {
        los: pathLossProfile({ ...base, losMode: 'los' }, MAX_LINK_M),
        nlos: pathLossProfile({ ...base, losMode: 'nlos' }, MAX_LINK_M),
      };
      profiles.set(key, pair);
    }
    const link = terrainLinkLoss(
      dem,
      { e: cell.e, n: cell.n, antennaHeightM: cell.antennaHeightM },
      { e, n, antennaHeightM: heightM },
      { fcGHz: cell.fcGHz },
    );
    if (!link.ok) return NaN;
    const d = Math.max(1, Math.hypot(e - cell.e, n - cell.n));
    const losDb = profilePathLossDb(pair.los, d);
    const total = combineTerrainPathLossDb({
      losPathLossDb: losDb,
      nlosPathLossDb: profilePathLossDb(pair.nlos, d),
      terrainLossDb: link.value.diffractionLossDb,
    });
    return total - losDb;
  };
}
