import { demHeightAt, demResolutionM, type Dem } from './dem';

/** Mean Earth radius in m (ITU-R P.452/P.1812 use 6371 km). */
export const EARTH_RADIUS_M = 6_371_000;
/** Median effective-Earth-radius factor k = 4/3 for a standard atmosphere (ITU-R P.453/P.452: a_e = 8495 km). */
export const K_FACTOR_STANDARD = 4 / 3;
/** Speed of light in vacuum, m/s (for wavelengths; 38.901 formulas keep their own 3·10⁸). */
export const SPEED_OF_LIGHT_VACUUM_M_PER_S = 299_792_458;

/** An EPSG:25832 point: easting and northing in m. */
export interface UtmPoint {
  e: number;
  n: number;
}

/** Ground heights sampled along a straight EPSG:25832 line, start to end inclusive. */
export interface TerrainProfile {
  /** Horizontal distance from the start, m (first 0, last totalDistanceM). */
  distancesM: Float64Array;
  /** Terrain height above sea level at each point, m; NaN outside the DEM or at NoData. */
  groundM: Float64Array;
  totalDistanceM: number;
  /** Spacing of the samples, m (≤ the DEM resolution unless set larger). */
  stepM: number;
}

/**
 * Terrain profile between two EPSG:25832 points with bilinear DEM sampling at an even step no larger than
 * `stepM` (default: the DEM's ground resolution). Heights in m above sea level.
 */
export function terrainProfile(
  dem: Dem,
  from: UtmPoint,
  to: UtmPoint,
  options: { stepM?: number } = {},
): TerrainProfile {
  const totalDistanceM = Math.hypot(to.e - from.e, to.n - from.n);
  const maxStepM = options.stepM ?? demResolutionM(dem);
  const count = Math.max(2, Math.ceil(totalDistanceM / maxStepM) + 1);
  const distancesM = new Float64Array(count);
  const groundM = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    const t = i / (count - 1);
    distancesM[i] = t * totalDistanceM;
    groundM[i] = demHeightAt(dem, from.e + t * (to.e - from.e), from.n + t * (to.n - from.n));
  }
  return { distancesM, groundM, totalDistanceM, stepM: totalDistanceM / (count - 1) };
}

/**
 * Earth bulge in m at d1 from one end of a path of d1 + d2: h = d1·d2 / (2·k·R), with R = 6371 km and k = 4/3
 * by default (the standard-atmosphere effective radius, ITU-R P.452 §4.3).
 */
export function earthBulgeM(d1M: number, d2M: number, kFactor = K_FACTOR_STANDARD): number {
  return (d1M * d2M) / (2 * kFactor * EARTH_RADIUS_M);
}

/** First Fresnel zone radius in m at d1/d2 from the ends: r1 = √(λ·d1·d2 / (d1 + d2)) (ITU-R P.526 eq. 2). */
export function fresnelRadiusM(d1M: number, d2M: number, wavelengthM: number): number {
  const d = d1M + d2M;
  return d > 0 ? Math.sqrt((wavelengthM * d1M * d2M) / d) : 0;
}

/** Wavelength in m for a carrier in GHz (c = 299 792 458 m/s). */
export function wavelengthM(fcGHz: number): number {
  return SPEED_OF_LIGHT_VACUUM_M_PER_S / (fcGHz * 1e9);
}

export interface PathClearanceOptions {
  /** Tx antenna height above its ground, m. */
  txAntennaHeightM: number;
  /** Rx antenna height above its ground, m. */
  rxAntennaHeightM: number;
  fcGHz: number;
  /** Effective-Earth-radius factor, default 4/3. */
  kFactor?: number;
}

/** Line-of-sight and Fresnel-zone geometry of a profile; arrays align with the profile's points. */
export interface PathClearance {
  /** Tx and Rx antenna heights above sea level, m. */
  txHeightAslM: number;
  rxHeightAslM: number;
  wavelengthM: number;
  /** Earth bulge added to the ground, m. */
  earthBulgeM: Float64Array;
  /** Ground + bulge: the terrain as the straight ray sees it, m above sea level. */
  effectiveGroundM: Float64Array;
  /** Height of the straight Tx–Rx ray above sea level, m. */
  rayM: Float64Array;
  /** First Fresnel zone radius, m. */
  fresnelRadiusM: Float64Array;
  /** Ray minus effective ground, m (negative where terrain blocks the ray). */
  clearanceM: Float64Array;
  /** True when no interior point blocks the ray (clearance > 0 everywhere; NoData points are ignored). */
  lineOfSight: boolean;
  /** Smallest clearance / r1 over interior points (Infinity with no interior points). */
  minClearanceRatio: number;
  /** Index of the point with that smallest ratio, −1 if none. */
  minClearanceIndex: number;
  /** True when minClearanceRatio ≥ 0.6, the usual criterion for negligible diffraction loss. */
  fresnelClear: boolean;
}

/** Fresnel clearance ratio at or above which a path counts as unobstructed (0.6·r1). */
export const FRESNEL_CLEAR_RATIO = 0.6;

/**
 * LOS check and first-Fresnel-zone clearance of a terrain profile with Earth curvature (k·R effective
 * radius) at wavelength c/fc. Terminal heights are ground + antenna height at the profile's ends.
 */
export function pathClearance(profile: TerrainProfile, options: PathClearanceOptions): PathClearance {
  const { distancesM, groundM, totalDistanceM: d } = profile;
  const n = distancesM.length;
  const k = options.kFactor ?? K_FACTOR_STANDARD;
  const lambda = wavelengthM(options.fcGHz);
  const txHeightAslM = (groundM[0] as number) + options.txAntennaHeightM;
  const rxHeightAslM = (groundM[n - 1] as number) + options.rxAntennaHeightM;
  const bulge = new Float64Array(n);
  const effective = new Float64Array(n);
  const ray = new Float64Array(n);
  const fresnel = new Float64Array(n);
  const clearance = new Float64Array(n);
  let minRatio = Infinity;
  let minIndex = -1;
  let lineOfSight = true;
  for (let i = 0; i < n; i++) {
    const d1 = distancesM[i] as number;
    const d2 = d - d1;
    bulge[i] = earthBulgeM(d1, d2, k);
    effective[i] = (groundM[i] as number) + (bulge[i] as number);
    ray[i] = d > 0 ? txHeightAslM + ((rxHeightAslM - txHeightAslM) * d1) / d : txHeightAslM;
    fresnel[i] = fresnelRadiusM(d1, d2, lambda);
    clearance[i] = (ray[i] as number) - (effective[i] as number);
    if (i === 0 || i === n - 1 || Number.isNaN(clearance[i])) continue;
    if ((clearance[i] as number) <= 0) lineOfSight = false;
    const ratio = (clearance[i] as number) / (fresnel[i] as number);
    if (ratio < minRatio) [minRatio, minIndex] = [ratio, i];
  }
  return {
    txHeightAslM,
    rxHeightAslM,
    wavelengthM: lambda,
    earthBulgeM: bulge,
    effectiveGroundM: effective,
    rayM: ray,
    fresnelRadiusM: fresnel,
    clearanceM: clearance,
    lineOfSight,
    minClearanceRatio: minRatio,
    minClearanceIndex: minIndex,
    fresnelClear: minRatio >= FRESNEL_CLEAR_RATIO,
  };
}
