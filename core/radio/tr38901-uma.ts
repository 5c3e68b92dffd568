import type { LocalizedText } from '../i18n/localized';
import type { LinkGeometry, PathLossResult } from './path-loss-result';
import { SPEED_OF_LIGHT_M_PER_S, assertFinite, distance3dM } from './units';
import { D2D, FC, H_BS, H_UT, checkRange, clampMinDistance, nominalWarning } from './validity';

/**
 * UMa options. `effectiveEnvironmentHeightM` is hE (default 1 m). The spec sets hE = 1 m for hUT < 13 m and
 * draws it at random for taller UTs; a median model cannot draw, so 1 m (the most likely value) is kept.
 */
export interface UmaOptions extends LinkGeometry {
  effectiveEnvironmentHeightM?: number;
}

/** Validity ranges and nominal BS height of TR 38.901 Table 7.4.1-1, UMa. */
export const UMA_RANGES = {
  fcGHz: [0.5, 100],
  d2dM: [10, 5_000],
  hUtM: [1.5, 22.5],
  nominalHBsM: 25,
} as const;

/** UMa/UMi breakpoint d'BP in m: 4·(hBS − hE)·(hUT − hE)·fc/c with fc in Hz (0 when hUT ≤ hE). */
export function effectiveBreakpointM(fcGHz: number, hBsM: number, hUtM: number, hEM: number): number {
  return Math.max(0, (4 * (hBsM - hEM) * (hUtM - hEM) * fcGHz * 1e9) / SPEED_OF_LIGHT_M_PER_S);
}

function losAt(o: UmaOptions, d2dM: number, d3dM: number): number {
  const dBpM = effectiveBreakpointM(o.fcGHz, o.hBsM, o.hUtM, o.effectiveEnvironmentHeightM ?? 1);
  const fcTerm = 20 * Math.log10(o.fcGHz);
  if (d2dM <= dBpM) return 28.0 + 22 * Math.log10(d3dM) + fcTerm;
  return 28.0 + 40 * Math.log10(d3dM) + fcTerm - 9 * Math.log10(dBpM ** 2 + (o.hBsM - o.hUtM) ** 2);
}

function nlosAt(o: UmaOptions, d2dM: number, d3dM: number): number {
  const nlosPrimeDb = 13.54 + 39.08 * Math.log10(d3dM) + 20 * Math.log10(o.fcGHz) - 0.6 * (o.hUtM - 1.5);
  return Math.max(losAt(o, d2dM, d3dM), nlosPrimeDb);
}

/** Evaluation distances: d2D below 10 m is evaluated at 10 m (the model's minimum). */
function distances(o: LinkGeometry): [number, number] {
  const d2dM = Math.max(o.d2dM, UMA_RANGES.d2dM[0]);
  return [d2dM, distance3dM(d2dM, o.hBsM, o.hUtM)];
}

/** UMa LOS median path loss in dB without validation or warnings (for table building); see umaLosPathLoss. */
export function umaLosDb(o: UmaOptions): number {
  return losAt(o, ...distances(o));
}

/** UMa NLOS median path loss in dB without validation or warnings (for table building); see umaNlosPathLoss. */
export function umaNlosDb(o: UmaOptions): number {
  return nlosAt(o, ...distances(o));
}

function warningsOf(model: string, o: UmaOptions): LocalizedText[] {
  assertFinite('fcGHz', o.fcGHz, 0, false);
  assertFinite('d2dM', o.d2dM, 0, true);
  assertFinite('hBsM', o.hBsM, 0, false);
  assertFinite('hUtM', o.hUtM, 0, false);
  const warnings: LocalizedText[] = [];
  checkRange(warnings, model, FC, o.fcGHz, UMA_RANGES.fcGHz);
  if (o.hBsM !== UMA_RANGES.nominalHBsM) warnings.push(nominalWarning(model, H_BS, o.hBsM, UMA_RANGES.nominalHBsM));
  checkRange(warnings, model, H_UT, o.hUtM, UMA_RANGES.hUtM);
  clampMinDistance(warnings, model, D2D, o.d2dM, UMA_RANGES.d2dM);
  return warnings;
}

/**
 * Median UMa LOS path loss in dB, 3GPP TR 38.901 Table 7.4.1-1: PL1 = 28 + 22log d3D + 20log fc up to d'BP,
 * PL2 = 28 + 40log d3D + 20log fc − 9log(d'BP² + (hBS − hUT)²) beyond; σSF 4 dB. d2D < 10 m is evaluated at
 * 10 m; other out-of-range inputs are extrapolated; both with a warning.
 */
export function umaLosPathLoss(options: UmaOptions): PathLossResult {
  const warnings = warningsOf('UMa LOS (TR 38.901)', options);
  return { pathLossDb: umaLosDb(options), shadowFadingStdDb: 4, warnings };
}

/**
 * Median UMa NLOS path loss in dB, 3GPP TR 38.901 Table 7.4.1-1: max(PL_UMa-LOS, PL'), with
 * PL' = 13.54 + 39.08log d3D + 20log fc − 0.6(hUT − 1.5); σSF 6 dB (ns-3 uses 7 dB below 6 GHz; we keep the table).
 */
export function umaNlosPathLoss(options: UmaOptions): PathLossResult {
  const warnings = warningsOf('UMa NLOS (TR 38.901)', options);
  return { pathLossDb: umaNlosDb(options), shadowFadingStdDb: 6, warnings };
}
