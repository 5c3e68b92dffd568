import type { LocalizedText } from '../i18n/localized';
import type { LinkGeometry, PathLossResult } from './path-loss-result';
import { assertFinite, distance3dM } from './units';
import { D3D, FC, checkRange, clampMinDistance } from './validity';

/** Validity ranges of TR 38.901 Table 7.4.1-1, InH-Office (mixed and open office share the formulas). */
export const INH_RANGES = {
  fcGHz: [0.5, 100],
  d3dM: [1, 150],
} as const;

function warningsOf(model: string, o: LinkGeometry): LocalizedText[] {
  assertFinite('fcGHz', o.fcGHz, 0, false);
  assertFinite('d2dM', o.d2dM, 0, true);
  assertFinite('hBsM', o.hBsM, 0, false);
  assertFinite('hUtM', o.hUtM, 0, false);
  const warnings: LocalizedText[] = [];
  checkRange(warnings, model, FC, o.fcGHz, INH_RANGES.fcGHz);
  clampMinDistance(warnings, model, D3D, distance3dM(o.d2dM, o.hBsM, o.hUtM), INH_RANGES.d3dM);
  return warnings;
}

/** d3D in m, evaluated at 1 m at least (the model's minimum). */
function d3dOf(o: LinkGeometry): number {
  return Math.max(distance3dM(o.d2dM, o.hBsM, o.hUtM), INH_RANGES.d3dM[0]);
}

function losAt(fcGHz: number, d3dM: number): number {
  return 32.4 + 17.3 * Math.log10(d3dM) + 20 * Math.log10(fcGHz);
}

/** InH LOS median path loss in dB without validation or warnings (for table building); see inhLosPathLoss. */
export function inhLosDb(o: LinkGeometry): number {
  return losAt(o.fcGHz, d3dOf(o));
}

/** InH NLOS median path loss in dB without validation or warnings (for table building); see inhNlosPathLoss. */
export function inhNlosDb(o: LinkGeometry): number {
  const d3dM = d3dOf(o);
  return Math.max(losAt(o.fcGHz, d3dM), 38.3 * Math.log10(d3dM) + 17.3 + 24.9 * Math.log10(o.fcGHz));
}

/**
 * Median InH-Office LOS path loss in dB, 3GPP TR 38.901 Table 7.4.1-1: 32.4 + 17.3log d3D + 20log fc, σSF 3 dB,
 * valid for 1 m ≤ d3D ≤ 150 m (d3D < 1 m is evaluated at 1 m; beyond 150 m extrapolated; both with a warning).
 */
export function inhLosPathLoss(options: LinkGeometry): PathLossResult {
  const warnings = warningsOf('InH LOS (TR 38.901)', options);
  return { pathLossDb: inhLosDb(options), shadowFadingStdDb: 3, warnings };
}

/**
 * Median InH-Office NLOS path loss in dB, 3GPP TR 38.901 Table 7.4.1-1: max(PL_InH-LOS, PL'), with
 * PL' = 38.3log d3D + 17.30 + 24.9log fc; σSF 8.03 dB.
 */
export function inhNlosPathLoss(options: LinkGeometry): PathLossResult {
  const warnings = warningsOf('InH NLOS (TR 38.901)', options);
  return { pathLossDb: inhNlosDb(options), shadowFadingStdDb: 8.03, warnings };
}
