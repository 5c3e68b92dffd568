import type { LocalizedText } from '../i18n/localized';
import type { LinkGeometry, PathLossResult } from './path-loss-result';
import { SPEED_OF_LIGHT_M_PER_S, assertFinite, distance3dM } from './units';
import { BUILDING_HEIGHT, D2D, FC, H_BS, H_UT, STREET_WIDTH, checkRange, clampMinDistance } from './validity';

/** RMa options: geometry plus the average building height h and street width W in m (defaults 5 m / 20 m). */
export interface RmaOptions extends LinkGeometry {
  buildingHeightM?: number;
  streetWidthM?: number;
}

/** Validity ranges of TR 38.901 Table 7.4.1-1, RMa (fc per ns-3, which asserts fc ≤ 30 GHz). */
export const RMA_RANGES = {
  fcGHz: [0.5, 30],
  d2dLosM: [10, 10_000],
  d2dNlosM: [10, 5_000],
  hBsM: [10, 150],
  hUtM: [1, 10],
  buildingHeightM: [5, 50],
  streetWidthM: [5, 50],
} as const;

/** RMa breakpoint distance in m: d_BP = 2π·hBS·hUT·fc/c (fc in Hz, actual antenna heights). */
export function rmaBreakpointM(fcGHz: number, hBsM: number, hUtM: number): number {
  return (2 * Math.PI * hBsM * hUtM * fcGHz * 1e9) / SPEED_OF_LIGHT_M_PER_S;
}

/** RMa PL1 in dB at distance d (m): 20log(40π·d·fc/3) + min(0.03h^1.72,10)log d − min(0.044h^1.72,14.77) + 0.002·log(h)·d. */
function pl1(dM: number, fcGHz: number, hM: number): number {
  const h172 = hM ** 1.72;
  return (
    20 * Math.log10((40 * Math.PI * dM * fcGHz) / 3) +
    Math.min(0.03 * h172, 10) * Math.log10(dM) -
    Math.min(0.044 * h172, 14.77) +
    0.002 * Math.log10(hM) * dM
  );
}

/** Evaluation distances: d2D below 10 m is evaluated at 10 m (the model's minimum, LOS and NLOS alike). */
function distances(o: RmaOptions): [number, number] {
  const d2dM = Math.max(o.d2dM, RMA_RANGES.d2dLosM[0]);
  return [d2dM, distance3dM(d2dM, o.hBsM, o.hUtM)];
}

function losAt(o: RmaOptions, d2dM: number, d3dM: number): number {
  const hM = o.buildingHeightM ?? 5;
  const dBpM = rmaBreakpointM(o.fcGHz, o.hBsM, o.hUtM);
  if (d2dM <= dBpM) return pl1(d3dM, o.fcGHz, hM);
  return pl1(dBpM, o.fcGHz, hM) + 40 * Math.log10(d3dM / dBpM);
}

/** RMa LOS median path loss in dB without validation or warnings (for table building); see rmaLosPathLoss. */
export function rmaLosDb(o: RmaOptions): number {
  return losAt(o, ...distances(o));
}

/** RMa NLOS median path loss in dB without validation or warnings (for table building); see rmaNlosPathLoss. */
export function rmaNlosDb(o: RmaOptions): number {
  const [d2dM, d3dM] = distances(o);
  const { fcGHz, hBsM, hUtM } = o;
  const hM = o.buildingHeightM ?? 5;
  const wM = o.streetWidthM ?? 20;
  const nlosPrimeDb =
    161.04 -
    7.1 * Math.log10(wM) +
    7.5 * Math.log10(hM) -
    (24.37 - 3.7 * (hM / hBsM) ** 2) * Math.log10(hBsM) +
    (43.42 - 3.1 * Math.log10(hBsM)) * (Math.log10(d3dM) - 3) +
    20 * Math.log10(fcGHz) -
    (3.2 * Math.log10(11.75 * hUtM) ** 2 - 4.97);
  return Math.max(losAt(o, d2dM, d3dM), nlosPrimeDb);
}

function warningsOf(model: string, o: RmaOptions, d2dRange: readonly [number, number]): LocalizedText[] {
  assertFinite('fcGHz', o.fcGHz, 0, false);
  assertFinite('d2dM', o.d2dM, 0, true);
  assertFinite('hBsM', o.hBsM, 0, false);
  assertFinite('hUtM', o.hUtM, 0, false);
  const hM = o.buildingHeightM ?? 5;
  const wM = o.streetWidthM ?? 20;
  assertFinite('buildingHeightM', hM, 0, false);
  assertFinite('streetWidthM', wM, 0, false);
  const warnings: LocalizedText[] = [];
  checkRange(warnings, model, FC, o.fcGHz, RMA_RANGES.fcGHz);
  checkRange(warnings, model, H_BS, o.hBsM, RMA_RANGES.hBsM);
  checkRange(warnings, model, H_UT, o.hUtM, RMA_RANGES.hUtM);
  checkRange(warnings, model, BUILDING_HEIGHT, hM, RMA_RANGES.buildingHeightM);
  checkRange(warnings, model, STREET_WIDTH, wM, RMA_RANGES.streetWidthM);
  clampMinDistance(warnings, model, D2D, o.d2dM, d2dRange);
  return warnings;
}

/**
 * Median RMa LOS path loss in dB, 3GPP TR 38.901 Table 7.4.1-1: PL1(d3D) for d2D ≤ d_BP, else
 * PL1(d_BP) + 40·log10(d3D/d_BP); σSF 4 dB before d_BP, 6 dB after. d2D < 10 m is evaluated at 10 m;
 * other out-of-range inputs are extrapolated; both with a warning. The spec's two branches do not meet at d_BP:
 * the step is a fraction of a milli-dB to a few milli-dB, upwards or (for tall buildings h) downwards.
 */
export function rmaLosPathLoss(options: RmaOptions): PathLossResult {
  const warnings = warningsOf('RMa LOS (TR 38.901)', options, RMA_RANGES.d2dLosM);
  const beyondBreakpoint = distances(options)[0] > rmaBreakpointM(options.fcGHz, options.hBsM, options.hUtM);
  return { pathLossDb: rmaLosDb(options), shadowFadingStdDb: beyondBreakpoint ? 6 : 4, warnings };
}

/**
 * Median RMa NLOS path loss in dB, 3GPP TR 38.901 Table 7.4.1-1: max(PL_RMa-LOS, PL'_RMa-NLOS), σSF 8 dB,
 * valid for 10 m ≤ d2D ≤ 5 km. d2D < 10 m is evaluated at 10 m; other out-of-range inputs are extrapolated.
 */
export function rmaNlosPathLoss(options: RmaOptions): PathLossResult {
  const warnings = warningsOf('RMa NLOS (TR 38.901)', options, RMA_RANGES.d2dNlosM);
  return { pathLossDb: rmaNlosDb(options), shadowFadingStdDb: 8, warnings };
}
