/**
 * How elevation data combines with the 3GPP TR 38.901 models (the method and its sources: docs/terrain.md).
 *
 * DTM (bare earth). The ground alone says nothing about buildings and trees, so it never makes a path LOS: the
 * statistical model (LOS probability blended, or the chosen condition: the project's setting) stays the base,
 * and the terrain adds what the ground itself does beyond the smooth Earth the model was fitted over:
 *
 *   PL = PL_38.901 + max(0, L_bull(profile) − L_bull(smooth Earth))
 *
 * the "delta-Bullington" construction of ITU-R P.1812-6 §4.3.4 / P.452-17 §4.2.3 (Bullington over the actual
 * profile minus Bullington over a zero-height profile with the same antennas), with the 38.901 model in the
 * place of P.1812's spherical-Earth term: the 38.901 LOS breakpoint and NLOS formulas already hold the ground
 * reflection and near-grazing losses over flat ground, so only the excess is added (a flat DTM adds exactly 0,
 * and so does a DTM that lifts the path above the smooth Earth: no gain is taken from elevated sites). Terrain
 * and clutter losses add, as P.1812 adds terminal clutter losses to the terrain diffraction; where the ground
 * is clear, the LOS/NLOS weighting of TR 38.901 Table 7.4.2-1 is kept as it is.
 *
 * DSM (surface, with buildings and trees; alone or with a DTM for the ground). The surface decides LOS per
 * path: a first Fresnel zone clear of it gives the LOS formula (J(v) = 0 for v ≤ −0.78, ≈ 0.55·r1 clearance);
 * an obstructed one adds the Bullington diffraction over the surface, capped at the scenario's NLOS median:
 *
 *   PL = min(PL_LOS + L_bull(surface), max(PL_LOS, PL_NLOS))
 *
 * The cap keeps the result inside the envelope the 38.901 scenario was validated for (knife edges over many
 * buildings overshoot what reflections and scattering deliver).
 *
 * Outside the model (either terminal without data) the statistical model applies unchanged, never LOS.
 */
import { lt } from '../i18n/localized';
import type { Problem, Result } from '../project/problem';
import { ObstacleHull } from './bullington-hull';
import { demHeightAt, type Dem } from './dem';
import { deygoutLoss, type DiffractionEdge } from './diffraction';
import { groundHeightAt, terrainModeOf, type ElevationModels } from './models';
import {
  EARTH_RADIUS_M,
  isObstacle,
  K_FACTOR_STANDARD,
  pathClearance,
  terrainProfile,
  type PathClearance,
  type TerrainProfile,
  type UtmPoint,
} from './profile';
import { smoothEarthBullingtonDb } from './bullington-hull';

export type DiffractionMethod = 'deygout' | 'bullington';

/** Which rule a path follows: terrain excess on the statistical model (DTM) or surface-decided LOS (DSM). */
export type TerrainRule = 'DTM' | 'DSM';

/** A terminal: EPSG:25832 position in m and antenna height above the local ground in m. */
export interface TerrainTerminal extends UtmPoint {
  antennaHeightM: number;
}

/** The DSM rule: min(PL_LOS + L_surface, max(PL_LOS, PL_NLOS)) in dB. */
export function combineSurfacePathLossDb(args: {
  losPathLossDb: number;
  nlosPathLossDb: number;
  surfaceLossDb: number;
}): number {
  const { losPathLossDb, nlosPathLossDb, surfaceLossDb } = args;
  return Math.min(losPathLossDb + surfaceLossDb, Math.max(losPathLossDb, nlosPathLossDb));
}

/** The DTM rule: what terrain adds to the statistical model, max(0, L_bull(profile) − L_bull(smooth Earth)) in dB. */
export function terrainExcessLossDb(profileLossDb: number, smoothEarthLossDb: number): number {
  return Math.max(0, profileLossDb - smoothEarthLossDb);
}

/** Total median path loss in dB of a path under its rule (see this file's header). */
export function terrainPathLossDb(args: {
  rule: TerrainRule;
  /** The statistical model's value (blended or the chosen condition), dB. */
  statisticalPathLossDb: number;
  losPathLossDb: number;
  nlosPathLossDb: number;
  /** TerrainLink.terrainLossDb. */
  terrainLossDb: number;
}): number {
  return args.rule === 'DTM'
    ? args.statisticalPathLossDb + args.terrainLossDb
    : combineSurfacePathLossDb({
        losPathLossDb: args.losPathLossDb,
        nlosPathLossDb: args.nlosPathLossDb,
        surfaceLossDb: args.terrainLossDb,
      });
}

/** The rule at a receiver: DSM where a surface model has data there, else DTM where the DTM has; null outside. */
export function ruleAt(models: ElevationModels, p: UtmPoint): TerrainRule | null {
  if (models.dsm && !Number.isNaN(demHeightAt(models.dsm, p.e, p.n))) return 'DSM';
  if (models.dtm && !Number.isNaN(demHeightAt(models.dtm, p.e, p.n))) return 'DTM';
  return null;
}

/** One terrain link for the profile chart, the CLI and the point statistics. Heights in m above sea level. */
export interface TerrainLink {
  rule: TerrainRule;
  method: DiffractionMethod;
  profile: TerrainProfile;
  clearance: PathClearance;
  /** Diffraction loss over the profile in dB ≥ 0 (Bullington or Deygout). */
  diffractionLossDb: number;
  /** DTM rule: Bullington loss over a smooth Earth with the same antennas, dB; null for DSM. */
  smoothEarthLossDb: number | null;
  /** What the terrain adds under the rule, dB ≥ 0 (DSM: before the NLOS cap). */
  terrainLossDb: number;
  /** Diffracting edges; heights on the ground + Earth-bulge datum of clearance.effectiveGroundM. */
  edges: DiffractionEdge[];
}

/**
 * Profile, LOS flag, first-Fresnel-zone clearance and terrain loss (dB) of one Tx→Rx link over the elevation
 * models, Earth curvature at k (default 4/3), under the rule at the receiver. Bullington runs through the same
 * ObstacleHull as the coverage sweep, so a link and the raster pixel at its end agree. Problems (located at
 * `from`/`to`) when either end has no elevation data: the caller then uses the statistical model.
 */
export function terrainLinkLoss(
  models: ElevationModels,
  tx: TerrainTerminal,
  rx: TerrainTerminal,
  options: { fcGHz: number; method?: DiffractionMethod; kFactor?: number },
): Result<TerrainLink> {
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
        'Uden højdedata bruges den statistiske model (TR 38.901). Brug en højdemodel der dækker hele strækningen (EPSG:25832).',
        'Without elevation data the statistical model (TR 38.901) is used. Use an elevation model that covers the whole path (EPSG:25832).',
      ),
    });
  const rule = ruleAt(models, rx);
  if (Number.isNaN(groundHeightAt(models, tx.e, tx.n))) outside('from', 'Senderen', 'transmitter', tx);
  if (!rule) outside('to', 'Modtageren', 'receiver', rx);
  if (problems.length > 0 || !rule) return { ok: false, problems };
  const surface = (rule === 'DSM' ? models.dsm : models.dtm) as Dem;
  const profile = terrainProfile(surface, tx, rx, {
    fallback: rule === 'DSM' ? models.dtm : null,
    ground: (p) => groundHeightAt(rule === 'DSM' ? models : { dtm: models.dtm, dsm: null }, p.e, p.n),
  });
  const method = options.method ?? 'bullington';
  const k = options.kFactor ?? K_FACTOR_STANDARD;
  const clearance = pathClearance(profile, {
    txAntennaHeightM: tx.antennaHeightM,
    rxAntennaHeightM: rx.antennaHeightM,
    fcGHz: options.fcGHz,
    kFactor: k,
  });
  const d = profile.totalDistanceM;
  const n = profile.distancesM.length;
  const obstacles: number[] = [];
  for (let i = 1; i < n - 1; i++) if (isObstacle(profile, i)) obstacles.push(i);
  let diffractionLossDb = 0;
  let edges: DiffractionEdge[] = [];
  if (d > 0 && obstacles.length > 0) {
    if (method === 'deygout') {
      const r = deygoutLoss({
        distancesM: obstacles.map((i) => profile.distancesM[i] as number),
        heightsM: obstacles.map((i) => clearance.effectiveGroundM[i] as number),
        txHeightM: clearance.txHeightAslM,
        rxHeightM: clearance.rxHeightAslM,
        totalDistanceM: d,
        wavelengthM: clearance.wavelengthM,
        mergeGapM: 1.5 * profile.resolutionM,
      });
      [diffractionLossDb, edges] = [r.lossDb, r.edges];
    } else {
      const twoA = 2 * k * EARTH_RADIUS_M;
      const hull = new ObstacleHull(obstacles.length, twoA, clearance.wavelengthM);
      hull.reset(clearance.txHeightAslM);
      for (const i of obstacles) hull.push(profile.distancesM[i] as number, profile.groundM[i] as number);
      const r = hull.evaluate(d, clearance.rxHeightAslM);
      diffractionLossDb = r.lossDb;
      if (r.lossDb > 0)
        edges = [
          {
            distanceM: r.distanceM,
            // Sheared frame h − x²/2a back to ground + bulge: add x·d/2a.
            heightM: r.shearedHeightM + (r.distanceM * d) / twoA,
            v: r.v,
            lossDb: r.lossDb,
          },
        ];
    }
  }
  const smoothEarthLossDb =
    rule === 'DTM'
      ? smoothEarthBullingtonDb({
          txAntennaM: tx.antennaHeightM,
          rxAntennaM: rx.antennaHeightM,
          distanceM: d,
          wavelengthM: clearance.wavelengthM,
          twoA: 2 * k * EARTH_RADIUS_M,
        })
      : null;
  const terrainLossDb =
    smoothEarthLossDb === null ? diffractionLossDb : terrainExcessLossDb(diffractionLossDb, smoothEarthLossDb);
  const warnings: Problem[] = [];
  const missing = obstacles.reduce((sum, i) => sum + (Number.isNaN(profile.groundM[i]) ? 1 : 0), 0);
  if (missing > 0)
    warnings.push({
      severity: 'warning',
      path: '',
      message: lt(
        `${missing} af ${obstacles.length} profilpunkter mangler højde (NoData) og regnes som ikke-blokerende.`,
        `${missing} of ${obstacles.length} profile points have no height (NoData) and count as not obstructing.`,
      ),
    });
  return {
    ok: true,
    value: {
      rule,
      method,
      profile,
      clearance,
      diffractionLossDb,
      smoothEarthLossDb,
      terrainLossDb,
      edges,
    },
    warnings,
  };
}

/** The models holding one elevation model by its kind (unknown counts as DTM: it never makes a path LOS). */
export function modelsOf(dem: Dem): ElevationModels {
  return dem.kind === 'DSM' ? { dtm: null, dsm: dem } : { dtm: dem, dsm: null };
}

export { terrainModeOf };
