import type { LocalizedText } from '../i18n/localized';
import type { Environment } from '../project/schema';
import {
  AERIAL_HEIGHT_THRESHOLD_M,
  aerialLosProbability,
  aerialPathLoss,
  aerialPathLossDb,
  blendedPathLossDb,
  effectiveBreakpointM,
  inhLosDb,
  inhNlosDb,
  losProbability,
  pathLoss,
  SPEED_OF_LIGHT_M_PER_S,
  type AerialScenario,
  type PathLossResult,
} from '../radio';
import type { LosMode } from './options';

/** Link geometry shared by all sectors of a site: one profile serves them all. */
export interface ProfileKey {
  environment: Environment;
  losMode: LosMode;
  fcGHz: number;
  hBsM: number;
  hUtM: number;
}

/** Median path loss in dB as a function of d2D, sampled at knots in log10(d2D) for linear interpolation. */
export interface PathLossProfile {
  /** log10(d2D / 1 m) of each knot, increasing. */
  logD: Float64Array;
  pathLossDb: Float64Array;
  /** Validity warnings of the models (sampled at 100 m and at the far end). */
  warnings: LocalizedText[];
  /** True when the TR 36.777 aerial model is in use (hUT above its threshold, RMa/UMa/UMi only). */
  aerial: boolean;
}

const MIN_D_M = 1;
const COARSE_STEP = 0.02; // decades
const MAX_MID_ERROR_DB = 0.004;

const AERIAL: Partial<Record<Environment, AerialScenario>> = { RMa: 'RMa-AV', UMa: 'UMa-AV', UMi: 'UMi-AV' };

/** LOS probability of the key's scenario at d2D (TR 38.901 Table 7.4.2-1, or TR 36.777 Table B-1 for drones). */
function pLosAt(key: ProfileKey, d2dM: number): number {
  const scenario = AERIAL[key.environment];
  const p = scenario
    ? aerialLosProbability({ scenario, d2dM, hUtM: key.hUtM })
    : losProbability({ scenario: 'InH-Mixed', d2dM, hUtM: key.hUtM });
  return Math.min(1, Math.max(0, p)); // UMa P_LOS with the hUT term can exceed 1 by rounding
}

/**
 * The map path loss in dB of one link geometry at d2D, from the warning-free formula entry points (TR 38.901
 * below the aerial threshold, TR 36.777 above it for RMa/UMa/UMi), blended by the LOS mode.
 */
export function profileKeyPathLossDb(key: ProfileKey, d2dM: number): number {
  const { environment, losMode, fcGHz, hBsM, hUtM } = key;
  const geometry = { fcGHz, d2dM, hBsM, hUtM };
  const scenario = AERIAL[environment];
  // Below the threshold aerialPathLossDb is the TR 38.901 model itself.
  const los = () => (scenario ? aerialPathLossDb({ scenario, condition: 'LOS', ...geometry }) : inhLosDb(geometry));
  const nlos = () => (scenario ? aerialPathLossDb({ scenario, condition: 'NLOS', ...geometry }) : inhNlosDb(geometry));
  if (losMode === 'los') return los();
  if (losMode === 'nlos') return nlos();
  return blendedPathLossDb({
    losPathLossDb: los(),
    nlosPathLossDb: nlos(),
    pLos: pLosAt(key, d2dM),
    method: losMode === 'blend-linear' ? 'mean-linear' : 'mean-db',
  });
}

/** Warnings of the models the key uses at d2D (NLOS ones only where the NLOS formula carries weight). */
function warningsAt(key: ProfileKey, d2dM: number): LocalizedText[] {
  const { environment, losMode, fcGHz, hBsM, hUtM } = key;
  const geometry = { fcGHz, d2dM, hBsM, hUtM };
  const scenario = AERIAL[environment];
  const one = (condition: 'LOS' | 'NLOS'): PathLossResult =>
    scenario
      ? aerialPathLoss({ scenario, condition, ...geometry })
      : pathLoss({ model: condition === 'LOS' ? 'InH-LOS' : 'InH-NLOS', ...geometry });
  if (losMode === 'los') return one('LOS').warnings;
  if (losMode === 'nlos') return one('NLOS').warnings;
  const los = one('LOS').warnings;
  return pLosAt(key, d2dM) < 1 ? [...los, ...one('NLOS').warnings] : los;
}

/** Distances (m) where the models have kinks: clamps, LOS-probability pieces, breakpoints. */
function kinkDistances(key: ProfileKey): number[] {
  const { fcGHz, hBsM, hUtM } = key;
  const kinks = [1.2, 5, 6.5, 10, 18, 49];
  kinks.push(effectiveBreakpointM(fcGHz, hBsM, hUtM, 1));
  kinks.push((2 * Math.PI * hBsM * hUtM * fcGHz * 1e9) / SPEED_OF_LIGHT_M_PER_S);
  const logH = Math.log10(hUtM);
  kinks.push(Math.max(1350.8 * logH - 1602, 18), Math.max(460 * logH - 700, 18), Math.max(294.05 * logH - 432.94, 18));
  return kinks;
}

/**
 * Samples the path loss of one link geometry from 1 m to `maxDistanceM` at knots every 0.02 decades, refined where
 * linear interpolation in log distance would miss a midpoint by more than 0.004 dB, plus the models' kinks.
 */
export function pathLossProfile(key: ProfileKey, maxDistanceM: number): PathLossProfile {
  const maxLog = Math.log10(Math.max(maxDistanceM, 2 * MIN_D_M));
  const coarse: number[] = [];
  for (let u = 0; u < maxLog; u += COARSE_STEP) coarse.push(u);
  coarse.push(maxLog);
  for (const d of kinkDistances(key)) if (d > MIN_D_M && d < maxDistanceM) coarse.push(Math.log10(d));
  coarse.sort((a, b) => a - b);
  const at = (u: number): number => profileKeyPathLossDb(key, 10 ** u);
  const logD: number[] = [];
  const loss: number[] = [];
  const refine = (u0: number, p0: number, u1: number, p1: number, depth: number): void => {
    if (u1 - u0 < 1e-9) return;
    const um = (u0 + u1) / 2;
    const pm = at(um);
    if (depth < 6 && Math.abs(pm - (p0 + p1) / 2) > MAX_MID_ERROR_DB) {
      refine(u0, p0, um, pm, depth + 1);
      logD.push(um);
      loss.push(pm);
      refine(um, pm, u1, p1, depth + 1);
    }
  };
  let prevU = coarse[0] as number;
  let prevP = at(prevU);
  logD.push(prevU);
  loss.push(prevP);
  for (let i = 1; i < coarse.length; i++) {
    const u = coarse[i] as number;
    if (u - prevU < 1e-9) continue;
    const p = at(u);
    refine(prevU, prevP, u, p, 0);
    logD.push(u);
    loss.push(p);
    prevU = u;
    prevP = p;
  }
  const scenario = AERIAL[key.environment];
  const aerial = scenario !== undefined && key.hUtM > AERIAL_HEIGHT_THRESHOLD_M[scenario];
  const warnings = dedupe([...warningsAt(key, 100), ...warningsAt(key, maxDistanceM)]);
  return { logD: Float64Array.from(logD), pathLossDb: Float64Array.from(loss), warnings, aerial };
}

/** Path loss in dB at d2D from a profile (linear in log10 d; flat below 1 m and beyond the last knot). */
export function profilePathLossDb(profile: PathLossProfile, d2dM: number): number {
  const { logD, pathLossDb } = profile;
  const u = Math.log10(Math.max(d2dM, MIN_D_M));
  let lo = 0;
  let hi = logD.length - 1;
  if (u >= (logD[hi] as number)) return pathLossDb[hi] as number;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if ((logD[mid] as number) <= u) lo = mid;
    else hi = mid;
  }
  const u0 = logD[lo] as number;
  const t = (u - u0) / ((logD[hi] as number) - u0);
  return (pathLossDb[lo] as number) + t * ((pathLossDb[hi] as number) - (pathLossDb[lo] as number));
}

/** Removes repeated warnings (the LOS and NLOS models report the same out-of-range input). */
export function dedupe(warnings: readonly LocalizedText[]): LocalizedText[] {
  const seen = new Set<string>();
  return warnings.filter((w) => {
    const key = w.en.replace(' NLOS (', ' LOS (');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
