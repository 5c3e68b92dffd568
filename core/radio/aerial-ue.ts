import type { LocalizedText } from '../i18n/localized';
import { losProbability } from './los-probability';
import type { LinkCondition, PathLossResult } from './path-loss-result';
import { rmaLosPathLoss, rmaNlosPathLoss } from './tr38901-rma';
import { umaLosPathLoss, umaNlosPathLoss } from './tr38901-uma';
import { assertFinite, distance3dM } from './units';
import { D2D, FC, H_BS, H_UT, checkRange, clampMinDistance, nominalWarning } from './validity';

/*
 * Source status [V-impl]: the TR 36.777 text (Annex B, Tables B-1 LOS probability and B-2 path loss / σSF) was not
 * available. Every coefficient below was checked against at least three independent public implementations that
 * agree (NIST/CTL 2025 MATLAB `computePathLoss.m`, two UAV simulators in MATLAB, one in Python; an ns-3 add-on for
 * the LOS probability). Known disagreements: one later implementation applies max(LOS, ·) to UMa-AV NLOS and uses
 * σ 8 dB for RMa-AV NLOS; we follow the majority (no max, 6 dB). UMi-AV is left out (implementations disagree).
 */

/** Aerial scenarios implemented from TR 36.777 Annex B. */
export type AerialScenario = 'RMa-AV' | 'UMa-AV';

export interface AerialOptions {
  scenario: AerialScenario;
  condition: LinkCondition;
  fcGHz: number;
  d2dM: number;
  /** BS height in m (TR 36.777 evaluation: 35 m RMa-AV, 25 m UMa-AV). */
  hBsM: number;
  /** Aerial UE height in m, 1.5–300. */
  hUtM: number;
}

/** Height above which the aerial formulas apply (below: the TR 38.901 terrestrial model), per scenario. */
export const AERIAL_HEIGHT_THRESHOLD_M: Record<AerialScenario, number> = { 'RMa-AV': 10, 'UMa-AV': 22.5 };

/** Ranges of TR 36.777 Table B-2 (aerial band): hUT up to 300 m; d2D ≤ 10 km (RMa-AV) / 4 km (UMa-AV). */
export const AERIAL_RANGES = {
  hUtM: [1.5, 300],
  d2dM: { 'RMa-AV': [10, 10_000], 'UMa-AV': [10, 4_000] },
  nominalHBsM: { 'RMa-AV': 35, 'UMa-AV': 25 },
  fcGHz: [0.5, 100],
} as const;

/** 20·log10(40π·fc/3) in dB, the frequency term of the RMa-AV and UMa-AV NLOS formulas (fc in GHz). */
function fcTerm40Pi(fcGHz: number): number {
  return 20 * Math.log10((40 * Math.PI * fcGHz) / 3);
}

function aerialBand(o: AerialOptions): PathLossResult {
  const model = `${o.scenario} ${o.condition} (TR 36.777)`;
  const warnings: LocalizedText[] = [];
  checkRange(warnings, model, FC, o.fcGHz, AERIAL_RANGES.fcGHz);
  checkRange(warnings, model, H_UT, o.hUtM, AERIAL_RANGES.hUtM);
  const nominal = AERIAL_RANGES.nominalHBsM[o.scenario];
  if (o.hBsM !== nominal) warnings.push(nominalWarning(model, H_BS, o.hBsM, nominal));
  const d2dM = clampMinDistance(warnings, model, D2D, o.d2dM, AERIAL_RANGES.d2dM[o.scenario]);
  const logD = Math.log10(distance3dM(d2dM, o.hBsM, o.hUtM));
  const logH = Math.log10(o.hUtM);
  if (o.scenario === 'RMa-AV') {
    const losDb = Math.max(23.9 - 1.8 * logH, 20) * logD + fcTerm40Pi(o.fcGHz);
    if (o.condition === 'LOS')
      return { pathLossDb: losDb, shadowFadingStdDb: 4.2 * Math.exp(-0.0046 * o.hUtM), warnings };
    const nlosDb = -12 + (35 - 5.3 * logH) * logD + fcTerm40Pi(o.fcGHz);
    return { pathLossDb: Math.max(losDb, nlosDb), shadowFadingStdDb: 6, warnings };
  }
  if (o.condition === 'LOS') {
    const losDb = 28.0 + 22 * logD + 20 * Math.log10(o.fcGHz);
    return { pathLossDb: losDb, shadowFadingStdDb: 4.64 * Math.exp(-0.0066 * o.hUtM), warnings };
  }
  // UMa-AV NLOS is not max()-ed with LOS in the implementations we checked (one later one does; see report).
  const nlosDb = -17.5 + (46 - 7 * logH) * logD + fcTerm40Pi(o.fcGHz);
  return { pathLossDb: nlosDb, shadowFadingStdDb: 6, warnings };
}

/**
 * Median aerial-UE path loss in dB with σSF, 3GPP TR 36.777 Annex B Table B-2. Above 10 m (RMa-AV) / 22.5 m
 * (UMa-AV): RMa-AV LOS max(23.9 − 1.8log hUT, 20)·log d3D + 20log(40π·fc/3), NLOS max(LOS, −12 + (35 − 5.3log hUT)
 * log d3D + 20log(40π·fc/3)); UMa-AV LOS 28 + 22log d3D + 20log fc, NLOS −17.5 + (46 − 7log hUT)log d3D +
 * 20log(40π·fc/3). At or below the threshold the TR 38.901 RMa/UMa model is used, as Table B-2 says.
 * hUT above 300 m is extrapolated with a warning; d2D < 10 m is evaluated at 10 m.
 */
export function aerialPathLoss(options: AerialOptions): PathLossResult {
  assertFinite('fcGHz', options.fcGHz, 0, false);
  assertFinite('d2dM', options.d2dM, 0, true);
  assertFinite('hBsM', options.hBsM, 0, false);
  assertFinite('hUtM', options.hUtM, 0, false);
  if (options.hUtM > AERIAL_HEIGHT_THRESHOLD_M[options.scenario]) return aerialBand(options);
  const geometry = { fcGHz: options.fcGHz, d2dM: options.d2dM, hBsM: options.hBsM, hUtM: options.hUtM };
  if (options.scenario === 'RMa-AV') {
    return options.condition === 'LOS' ? rmaLosPathLoss(geometry) : rmaNlosPathLoss(geometry);
  }
  return options.condition === 'LOS' ? umaLosPathLoss(geometry) : umaNlosPathLoss(geometry);
}

export interface AerialLosOptions {
  scenario: AerialScenario;
  d2dM: number;
  hUtM: number;
}

/** d1/d2D + exp(−d2D/p1)·(1 − d1/d2D) for d2D > d1, else 1 (TR 36.777 Table B-1 form). */
function losWithD1P1(d2dM: number, d1M: number, p1M: number): number {
  return d2dM <= d1M ? 1 : d1M / d2dM + Math.exp(-d2dM / p1M) * (1 - d1M / d2dM);
}

/**
 * Aerial-UE LOS probability (0…1), 3GPP TR 36.777 Table B-1. RMa-AV: TR 38.901 RMa up to 10 m; 10–40 m with
 * d1 = max(1350.8log hUT − 1602, 18), p1 = max(15021log hUT − 16053, 1000); 1 above 40 m. UMa-AV: TR 38.901 UMa
 * up to 22.5 m; 22.5–100 m with d1 = max(460log hUT − 700, 18), p1 = 4300log hUT − 3800; 1 above 100 m.
 */
export function aerialLosProbability({ scenario, d2dM, hUtM }: AerialLosOptions): number {
  assertFinite('d2dM', d2dM, 0, true);
  assertFinite('hUtM', hUtM, 0, false);
  const logH = Math.log10(hUtM);
  if (scenario === 'RMa-AV') {
    if (hUtM <= 10) return losProbability({ scenario: 'RMa', d2dM, hUtM });
    if (hUtM > 40) return 1;
    return losWithD1P1(d2dM, Math.max(1350.8 * logH - 1602, 18), Math.max(15021 * logH - 16053, 1000));
  }
  if (hUtM <= 22.5) return losProbability({ scenario: 'UMa', d2dM, hUtM });
  if (hUtM > 100) return 1;
  return losWithD1P1(d2dM, Math.max(460 * logH - 700, 18), 4300 * logH - 3800);
}
