import { demHeightAt, demResolutionM, type Dem } from './dem';
import { FOOTPRINT_PIXELS, LatticeRay } from './lattice-ray';

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

/**
 * Heights along a straight EPSG:25832 line: the start (the transmitter's ground), one point for every lattice
 * pixel the line crosses in between (at the middle of its stretch, at the pixel's height), and the end.
 */
export interface TerrainProfile {
  /** Horizontal distance from the start, m (first 0, last totalDistanceM), increasing. */
  distancesM: Float64Array;
  /** Height above sea level, m: ground at both ends, the obstacle surface between; NaN where there is no data. */
  groundM: Float64Array;
  totalDistanceM: number;
  /** Pixel side of the lattice the profile walked, m. */
  resolutionM: number;
  /**
   * Points closer than this to either end lie in the terminal's own pixel footprint and are not obstacles, m
   * (FOOTPRINT_PIXELS × resolutionM; the coverage sweep applies the same rule).
   */
  footprintM: number;
}

/**
 * Terrain profile between two EPSG:25832 points over `surface` (the DTM, or the DSM with `fallback` = DTM where
 * the DSM has no data): every pixel the line crosses is one point (core/terrain/lattice-ray.ts), so a one-pixel
 * ridge is never skipped. End heights come from `ground` (default: the surface itself).
 */
export function terrainProfile(
  surface: Dem,
  from: UtmPoint,
  to: UtmPoint,
  options: { fallback?: Dem | null; ground?: (p: UtmPoint) => number } = {},
): TerrainProfile {
  const totalDistanceM = Math.hypot(to.e - from.e, to.n - from.n);
  const resolutionM = demResolutionM(surface);
  const distances: number[] = [0];
  const heights: number[] = [NaN];
  if (totalDistanceM > 0) {
    const ray = new LatticeRay(surface, options.fallback ?? null);
    ray.reset(from.e, from.n, (to.e - from.e) / totalDistanceM, (to.n - from.n) / totalDistanceM, totalDistanceM);
    let first = true;
    while (ray.next()) {
      // The first and last pixels hold the terminals; their heights are the ends' ground below.
      if (first || ray.exitM >= totalDistanceM) {
        first = false;
        continue;
      }
      distances.push(ray.distanceM);
      heights.push(ray.heightM);
    }
  }
  distances.push(totalDistanceM);
  heights.push(NaN);
  const ground = options.ground ?? ((p: UtmPoint) => demHeightAt(surface, p.e, p.n));
  heights[0] = ground(from);
  heights[heights.length - 1] = ground(to);
  return {
    distancesM: Float64Array.from(distances),
    groundM: Float64Array.from(heights),
    totalDistanceM,
    resolutionM,
    footprintM: FOOTPRINT_PIXELS * resolutionM,
  };
}

/** True when interior profile point i may obstruct: not within a terminal's footprint. */
export function isObstacle(profile: TerrainProfile, i: number): boolean {
  const d = profile.distancesM[i] as number;
  return d >= profile.footprintM && d <= profile.totalDistanceM - profile.footprintM;
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
  /** True when no obstacle point blocks the ray (NoData and footprint points are ignored). */
  lineOfSight: boolean;
  /** Smallest clearance / r1 over obstacle points (Infinity with none). */
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
    if (i === 0 || i === n - 1 || Number.isNaN(clearance[i]) || !isObstacle(profile, i)) continue;
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
