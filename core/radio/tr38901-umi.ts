import type { LocalizedText } from '../i18n/localized';
import type { LinkGeometry, PathLossResult } from './path-loss-result';
import { effectiveBreakpointM } from './tr38901-uma';
import { assertFinite, distance3dM } from './units';
import { D2D, FC, H_BS, H_UT, checkRange, clampMinDistance, nominalWarning } from './validity';

/** Validity ranges and nominal BS height of TR 38.901 Table 7.4.1-1, UMi-Street Canyon (hE = 1 m always). */
export const UMI_RANGES = {
  fcGHz: [0.5, 100],
  d2dM: [10, 5_000],
  hUtM: [1.5, 22.5],
  nominalHBsM: 10,
} as const;

/** Evaluation distances: d2D below 10 m is evaluated at 10 m (the model's minimum). */
function distances(o: LinkGeometry): [number, number] {
  const d2dM = Math.max(o.d2dM, UMI_RANGES.d2dM[0]);
  return [d2dM, distance3dM(d2dM, o.hBsM, o.hUtM)];
}

function losAt(o: LinkGeometry, d2dM: number, d3dM: number): number {
  const dBpM = effectiveBreakpointM(o.fcGHz, o.hBsM, o.hUtM, 1);
  const fcTerm = 20 * Math.log10(o.fcGHz);
  if (d2dM <= dBpM) return 32.4 + 21 * Math.log10(d3dM) + fcTerm;
  return 32.4 + 40 * Math.log10(d3dM) + fcTerm - 9.5 * Math.log10(dBpM ** 2 + (o.hBsM - o.hUtM) ** 2);
}

/** UMi LOS median path loss in dB without validation or warnings (for table building); see umiLosPathLoss. */
export function umiLosDb(o: LinkGeometry): number {
  return losAt(o, ...distances(o));
}

/** UMi NLOS median path loss in dB without validation or warnings (for table building); see umiNlosPathLoss. */
export function umiNlosDb(o: LinkGeometry): number {
  const [d2dM, d3dM] = distances(o);
  const nlosPrimeDb = 35.3 * Math.log10(d3dM) + 22.4 + 21.3 * Math.log10(o.fcGHz) - 0.3 * (o.hUtM - 1.5);
  return Math.max(losAt(o, d2dM, d3dM), nlosPrimeDb);
}

function warningsOf(model: string, o: LinkGeometry): LocalizedText[] {
  assertFinite('fcGHz', o.fcGHz, 0, false);
  assertFinite('d2dM', o.d2dM, 0, true);
  assertFinite('hBsM', o.hBsM, 0, false);
  assertFinite('hUtM', o.hUtM, 0, false);
  const warnings: LocalizedText[] = [];
  checkRange(warnings, model, FC, o.fcGHz, UMI_RANGES.fcGHz);
  if (o.hBsM !== UMI_RANGES.nominalHBsM) warnings.push(nominalWarning(model, H_BS, o.hBsM, UMI_RANGES.nominalHBsM));
  checkRange(warnings, model, H_UT, o.hUtM, UMI_RANGES.hUtM);
  clampMinDistance(warnings, model, D2D, o.d2dM, UMI_RANGES.d2dM);
  return warnings;
}

/**
 * Median UMi-Street Canyon LOS path loss in dB, 3GPP TR 38.901 Table 7.4.1-1: 32.4 + 21log d3D + 20log fc up to
 * d'BP, 32.4 + 40log d3D + 20log fc − 9.5log(d'BP² + (hBS − hUT)²) beyond; σSF 4 dB. d2D < 10 m is evaluated at
 * 10 m; other out-of-range inputs are extrapolated; both with a warning.
 */
export function umiLosPathLoss(options: LinkGeometry): PathLossResult {
  const warnings = warningsOf('UMi LOS (TR 38.901)', options);
  return { pathLossDb: umiLosDb(options), shadowFadingStdDb: 4, warnings };
}

/**
 * Median UMi-Street Canyon NLOS path loss in dB, 3GPP TR 38.901 Table 7.4.1-1: max(PL_UMi-LOS, PL'), with
 * PL' = 35.3log d3D + 22.4 + 21.3log fc − 0.3(hUT − 1.5); σSF 7.82 dB.
 */
export function umiNlosPathLoss(options: LinkGeometry): PathLossResult {
  const warnings = warningsOf('UMi NLOS (TR 38.901)', options);
  return { pathLossDb: umiNlosDb(options), shadowFadingStdDb: 7.82, warnings };
}
