import type { LocalizedText } from '../i18n/localized';
import type { LinkGeometry, PathLossResult } from './path-loss-result';
import { assertFinite, distance3dM } from './units';
import { D3D, FC, checkRange, clampMinDistance } from './validity';

/** Validity ranges of TR 38.901 Table 7.4.1-1, InH-Office (mixed and open office share the formulas). */
export const INH_RANGES = {
  fcGHz: [0.5, 100],
  d3dM: [1, 150],
} as const;

function prepare(model: string, o: LinkGeometry): { d3dM: number; warnings: LocalizedText[] } {
  assertFinite('fcGHz', o.fcGHz, 0, false);
  assertFinite('d2dM', o.d2dM, 0, true);
  assertFinite('hBsM', o.hBsM, 0, false);
  assertFinite('hUtM', o.hUtM, 0, false);
  const warnings: LocalizedText[] = [];
  checkRange(warnings, model, FC, o.fcGHz, INH_RANGES.fcGHz);
  const d3dM = clampMinDistance(warnings, model, D3D, distance3dM(o.d2dM, o.hBsM, o.hUtM), INH_RANGES.d3dM);
  return { d3dM, warnings };
}

function losDb(fcGHz: number, d3dM: number): number {
  return 32.4 + 17.3 * Math.log10(d3dM) + 20 * Math.log10(fcGHz);
}

/**
 * Median InH-Office LOS path loss in dB, 3GPP TR 38.901 Table 7.4.1-1: 32.4 + 17.3log d3D + 20log fc, σSF 3 dB,
 * valid for 1 m ≤ d3D ≤ 150 m (d3D < 1 m is evaluated at 1 m; beyond 150 m extrapolated; both with a warning).
 */
export function inhLosPathLoss(options: LinkGeometry): PathLossResult {
  const p = prepare('InH LOS (TR 38.901)', options);
  return { pathLossDb: losDb(options.fcGHz, p.d3dM), shadowFadingStdDb: 3, warnings: p.warnings };
}

/**
 * Median InH-Office NLOS path loss in dB, 3GPP TR 38.901 Table 7.4.1-1: max(PL_InH-LOS, PL'), with
 * PL' = 38.3log d3D + 17.30 + 24.9log fc; σSF 8.03 dB.
 */
export function inhNlosPathLoss(options: LinkGeometry): PathLossResult {
  const p = prepare('InH NLOS (TR 38.901)', options);
  const nlosPrimeDb = 38.3 * Math.log10(p.d3dM) + 17.3 + 24.9 * Math.log10(options.fcGHz);
  return {
    pathLossDb: Math.max(losDb(options.fcGHz, p.d3dM), nlosPrimeDb),
    shadowFadingStdDb: 8.03,
    warnings: p.warnings,
  };
}
