/**
 * How terrain combines with the 3GPP TR 38.901 models.
 *
 * Without terrain, a coverage map has to guess LOS or NLOS per pixel (38.901 Table 7.4.2-1 LOS probability,
 * or the blended expectation). With a DEM the geometry is known, so the statistical guess is replaced:
 *
 *   PL = min( PL_LOS + L_terrain ,  max(PL_LOS, PL_NLOS) )
 *
 * - PL_LOS / PL_NLOS: the scenario's 38.901 LOS and NLOS medians at that d2D (no shadow fading).
 * - L_terrain (terrainExtraLossDb / terrainLinkLoss): knife-edge diffraction over the DEM profile, with Earth
 *   curvature at k = 4/3. It is 0 dB when the profile clears about 0.55–0.6 of the first Fresnel zone
 *   (J(v) = 0 for v ≤ −0.78, i.e. clearance ≥ 0.55·r1 for one edge), so a clear path gets exactly the LOS
 *   formula, and it grows smoothly as the path becomes obstructed.
 * - The cap at the NLOS median: the 38.901 NLOS formula is fitted to measured obstructed links in that
 *   scenario and already contains what knife-edge theory leaves out (reflections, scattering, paths around
 *   buildings); knife edges over a surface model with many buildings or multi-edge sums (Deygout) overshoot it.
 *   Capping keeps the result inside the envelope the scenario was validated for, and never more pessimistic
 *   than the purely statistical NLOS planners would otherwise use. The cost: a deep shadow behind a large
 *   hill (rural, where the knife edge is physically right) is limited to the NLOS−LOS gap of the scenario
 *   (≈ 25–30 dB for RMa at 1–2 km). `combineTerrainPathLossDb` implements the rule; the coverage kernel applies
 *   it per pixel with terrainExtraLossDb's raster.
 *
 * Do not add the terrain loss to an NLOS formula or to a LOS-probability blend: that double counts.
 */
import { lt } from '../i18n/localized';
import type { Problem, Result } from '../project/problem';
import type { Dem } from './dem';
import { bullingtonLoss, deygoutLoss, type DiffractionEdge } from './diffraction';
import { pathClearance, terrainProfile, type PathClearance, type TerrainProfile, type UtmPoint } from './profile';
import type { DiffractionMethod, TerrainTerminal } from './terrain-types';

export type { DiffractionMethod, TerrainLossOptions, TerrainTerminal } from './terrain-types';

export { terrainExtraLossDb } from './radial-sweep';

/** Total median path loss in dB under the rule in this file's header: min(LOS + terrain, max(LOS, NLOS)). */
export function combineTerrainPathLossDb(args: {
  losPathLossDb: number;
  nlosPathLossDb: number;
  terrainLossDb: number;
}): number {
  const { losPathLossDb, nlosPathLossDb, terrainLossDb } = args;
  return Math.min(losPathLossDb + terrainLossDb, Math.max(losPathLossDb, nlosPathLossDb));
}

/** One terrain link for the profile chart and the CLI. Heights in m above sea level. */
export interface TerrainLink {
  method: DiffractionMethod;
  profile: TerrainProfile;
  clearance: PathClearance;
  /** Diffraction loss in dB ≥ 0 (before the NLOS cap of combineTerrainPathLossDb). */
  diffractionLossDb: number;
  /** Diffracting edges; heights on the ground + Earth-bulge datum of clearance.effectiveGroundM. */
  edges: DiffractionEdge[];
}

/**
 * Terrain profile, LOS flag, first-Fresnel-zone clearance and diffraction loss (dB) of one Tx→Rx link over the
 * DEM, with Earth curvature at k (default 4/3). Problems when either end lies outside the DEM.
 */
export function terrainLinkLoss(
  dem: Dem,
  tx: TerrainTerminal,
  rx: TerrainTerminal,
  options: { fcGHz: number; method?: DiffractionMethod; kFactor?: number; stepM?: number },
): Result<TerrainLink> {
  const profile = terrainProfile(dem, tx, rx, options.stepM === undefined ? {} : { stepM: options.stepM });
  const n = profile.groundM.length;
  const problems: Problem[] = [];
  const outside = (path: string, who: string, whoEn: string, p: UtmPoint) =>
    problems.push({
      severity: 'error',
      path,
      message: lt(
        `${who} (${p.e.toFixed(1)}, ${p.n.toFixed(1)}) ligger uden for højdemodellen eller på NoData.`,
        `The ${whoEn} (${p.e.toFixed(1)}, ${p.n.toFixed(1)}) lies outside the elevation model or on NoData.`,
      ),
      hint: lt(
        'Brug en højdemodel der dækker hele strækningen (EPSG:25832-koordinater).',
        'Use an elevation model that covers the whole path (EPSG:25832 coordinates).',
      ),
    });
  if (Number.isNaN(profile.groundM[0])) outside('from', 'Senderen', 'transmitter', tx);
  if (Number.isNaN(profile.groundM[n - 1])) outside('to', 'Modtageren', 'receiver', rx);
  if (problems.length > 0) return { ok: false, problems };
  const method = options.method ?? 'bullington';
  const clearance = pathClearance(profile, {
    txAntennaHeightM: tx.antennaHeightM,
    rxAntennaHeightM: rx.antennaHeightM,
    fcGHz: options.fcGHz,
    ...(options.kFactor === undefined ? {} : { kFactor: options.kFactor }),
  });
  const path = {
    distancesM: profile.distancesM.subarray(1, n - 1),
    heightsM: clearance.effectiveGroundM.subarray(1, n - 1),
    txHeightM: clearance.txHeightAslM,
    rxHeightM: clearance.rxHeightAslM,
    totalDistanceM: profile.totalDistanceM,
    wavelengthM: clearance.wavelengthM,
  };
  const diffraction =
    profile.totalDistanceM > 0
      ? method === 'deygout'
        ? deygoutLoss(path)
        : bullingtonLoss(path)
      : { lossDb: 0, edges: [] };
  const warnings: Problem[] = [];
  const missing = profile.groundM.reduce((sum, g) => sum + (Number.isNaN(g) ? 1 : 0), 0);
  if (missing > 0)
    warnings.push({
      severity: 'warning',
      path: '',
      message: lt(
        `${missing} af ${n} profilpunkter mangler højde (NoData) og regnes som ikke-blokerende.`,
        `${missing} of ${n} profile points have no height (NoData) and count as not obstructing.`,
      ),
    });
  return {
    ok: true,
    value: { method, profile, clearance, diffractionLossDb: diffraction.lossDb, edges: diffraction.edges },
    warnings,
  };
}
