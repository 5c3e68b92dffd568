import type { LocalizedText } from '../i18n/localized';
import { lt } from '../i18n/localized';
import { freeSpacePathLossDb } from './free-space';
import type { LinkCondition, LinkGeometry, PathLossResult } from './path-loss-result';
import { rmaLosDb, rmaLosPathLoss, rmaNlosDb, rmaNlosPathLoss } from './tr38901-rma';
import { umaLosDb, umaLosPathLoss, umaNlosDb, umaNlosPathLoss } from './tr38901-uma';
import { umiLosDb, umiLosPathLoss, umiNlosDb, umiNlosPathLoss } from './tr38901-umi';
import { assertFinite, distance3dM } from './units';
import { D2D, FC, H_BS, H_UT, checkRange, clampMinDistance, nominalWarning } from './validity';

/*
 * Source: 3GPP TR 36.777 V15.0.0 Annex B, Tables B-1 (LOS probability), B-2 (path loss) and B-3 (σSF), read from
 * a transcription of the spec text (MehdiZD97/3gpp-tr-library, TR-36.777/v15.0.0/annex-b, formulas read off the
 * PDF) and checked against public implementations (an ns-3 UAV add-on, two MATLAB and one Python simulator).
 */

/** Aerial scenarios of TR 36.777 Annex B. */
export type AerialScenario = 'RMa-AV' | 'UMa-AV' | 'UMi-AV';

export const AERIAL_SCENARIOS: readonly AerialScenario[] = ['RMa-AV', 'UMa-AV', 'UMi-AV'];

export interface AerialOptions extends LinkGeometry {
  scenario: AerialScenario;
  condition: LinkCondition;
}

/** Height above which the aerial formulas apply (at or below: the TR 38.901 terrestrial model), Table B-2. */
export const AERIAL_HEIGHT_THRESHOLD_M: Record<AerialScenario, number> = {
  'RMa-AV': 10,
  'UMa-AV': 22.5,
  'UMi-AV': 22.5,
};

/**
 * Stated ranges of TR 36.777 Tables B-1…B-3: hUT up to 300 m; d2D ≤ 10 km (RMa-AV) / 4 km (UMa-AV, UMi-AV);
 * BS heights the models were derived for (Table B-1 Note 1); and the highest UE height each NLOS formula is
 * stated for: UMa-AV NLOS 10–100 m (Table B-2), RMa-AV NLOS σSF only to 40 m with P_LOS = 1 above (B-1, B-3).
 */
export const AERIAL_RANGES = {
  hUtM: [1.5, 300],
  d2dM: { 'RMa-AV': [10, 10_000], 'UMa-AV': [10, 4_000], 'UMi-AV': [10, 4_000] },
  nominalHBsM: { 'RMa-AV': 35, 'UMa-AV': 25, 'UMi-AV': 10 },
  nlosMaxHUtM: { 'RMa-AV': 40, 'UMa-AV': 100, 'UMi-AV': 300 },
  fcGHz: [0.5, 100],
} as const;

const log10 = Math.log10;

/** 20·log10(40π·fc/3) in dB, the frequency term of the RMa-AV and UMa-AV formulas (fc in GHz). */
function fcTerm40Pi(fcGHz: number): number {
  return 20 * log10((40 * Math.PI * fcGHz) / 3);
}

/** Aerial-band formulas of Table B-2 (hUT above the threshold), d2D clamped to ≥ 10 m; no validation. */
function aerialBandDb(o: AerialOptions): number {
  const d2dM = Math.max(o.d2dM, 10);
  const d3dM = distance3dM(d2dM, o.hBsM, o.hUtM);
  const logD = log10(d3dM);
  const logH = log10(o.hUtM);
  switch (o.scenario) {
    case 'RMa-AV': {
      const losDb = Math.max(23.9 - 1.8 * logH, 20) * logD + fcTerm40Pi(o.fcGHz);
      if (o.condition === 'LOS') return losDb;
      return Math.max(losDb, -12 + (35 - 5.3 * logH) * logD + fcTerm40Pi(o.fcGHz));
    }
    case 'UMa-AV':
      // Table B-2 gives UMa-AV NLOS without a max() with LOS (it stays above LOS for d3D ≥ 10 m anyway).
      if (o.condition === 'LOS') return 28.0 + 22 * logD + 20 * log10(o.fcGHz);
      return -17.5 + (46 - 7 * logH) * logD + fcTerm40Pi(o.fcGHz);
    case 'UMi-AV': {
      // PL' of Note 3 is free space: the P.525 form 32.45 + 20log f + 20log d used across this project.
      const freeSpaceDb = freeSpacePathLossDb({ frequencyMHz: o.fcGHz * 1000, distanceKm: d3dM / 1000 });
      const losDb = Math.max(freeSpaceDb, 30.9 + (22.25 - 0.5 * logH) * logD + 20 * log10(o.fcGHz));
      if (o.condition === 'LOS') return losDb;
      return Math.max(losDb, 32.4 + (43.2 - 7.6 * logH) * logD + 20 * log10(o.fcGHz));
    }
  }
}

function terrestrialDb(o: AerialOptions): number {
  const g = { fcGHz: o.fcGHz, d2dM: o.d2dM, hBsM: o.hBsM, hUtM: o.hUtM };
  const los = o.condition === 'LOS';
  if (o.scenario === 'RMa-AV') return los ? rmaLosDb(g) : rmaNlosDb(g);
  if (o.scenario === 'UMa-AV') return los ? umaLosDb(g) : umaNlosDb(g);
  return los ? umiLosDb(g) : umiNlosDb(g);
}

/** Aerial-UE median path loss in dB without validation or warnings (for table building); see aerialPathLoss. */
export function aerialPathLossDb(options: AerialOptions): number {
  return options.hUtM > AERIAL_HEIGHT_THRESHOLD_M[options.scenario] ? aerialBandDb(options) : terrestrialDb(options);
}

/** σSF in dB of Table B-3 above the threshold. */
function aerialShadowFadingDb(o: AerialOptions): number {
  if (o.condition === 'NLOS') return o.scenario === 'UMi-AV' ? 8 : 6;
  if (o.scenario === 'RMa-AV') return 4.2 * Math.exp(-0.0046 * o.hUtM);
  if (o.scenario === 'UMa-AV') return 4.64 * Math.exp(-0.0066 * o.hUtM);
  return Math.max(5 * Math.exp(-0.01 * o.hUtM), 2);
}

/** Warning text: an aerial NLOS formula used above the highest UE height TR 36.777 states for it. */
export function aerialNlosHeightWarning(scenario: AerialScenario, hUtM: number): LocalizedText {
  const maxM = AERIAL_RANGES.nlosMaxHUtM[scenario];
  return lt(
    `${scenario} NLOS (TR 36.777): hUT = ${hUtM} m er over de ${maxM} m, som NLOS-modellen er angivet til ` +
      `(over ${maxM} m regner rapporten med fri sigtelinje); NLOS-værdien er ekstrapoleret og usikker.`,
    `${scenario} NLOS (TR 36.777): hUT = ${hUtM} m is above the ${maxM} m the NLOS model is stated for ` +
      `(above ${maxM} m the report assumes line of sight); the NLOS value is extrapolated and uncertain.`,
  );
}

function aerialWarnings(o: AerialOptions): LocalizedText[] {
  const model = `${o.scenario} ${o.condition} (TR 36.777)`;
  const warnings: LocalizedText[] = [];
  checkRange(warnings, model, FC, o.fcGHz, AERIAL_RANGES.fcGHz);
  checkRange(warnings, model, H_UT, o.hUtM, AERIAL_RANGES.hUtM);
  if (o.condition === 'NLOS' && o.hUtM > AERIAL_RANGES.nlosMaxHUtM[o.scenario])
    warnings.push(aerialNlosHeightWarning(o.scenario, o.hUtM));
  const nominal = AERIAL_RANGES.nominalHBsM[o.scenario];
  if (o.hBsM !== nominal) warnings.push(nominalWarning(model, H_BS, o.hBsM, nominal));
  clampMinDistance(warnings, model, D2D, o.d2dM, AERIAL_RANGES.d2dM[o.scenario]);
  return warnings;
}

/**
 * Median aerial-UE path loss in dB with σSF and warnings, 3GPP TR 36.777 Annex B Table B-2 / B-3. Above 10 m
 * (RMa-AV) / 22.5 m (UMa-AV, UMi-AV): RMa-AV LOS max(23.9 − 1.8log h, 20)·log d3D + 20log(40π·fc/3), NLOS
 * max(LOS, −12 + (35 − 5.3log h)·log d3D + 20log(40π·fc/3)); UMa-AV LOS 28 + 22log d3D + 20log fc, NLOS
 * −17.5 + (46 − 7log h)·log d3D + 20log(40π·fc/3); UMi-AV LOS max(FSPL, 30.9 + (22.25 − 0.5log h)·log d3D +
 * 20log fc), NLOS max(LOS, 32.4 + (43.2 − 7.6log h)·log d3D + 20log fc). At or below the threshold the TR 38.901
 * RMa/UMa/UMi model is used, as Table B-2 says. Out-of-range inputs are extrapolated with a warning (NLOS above
 * its stated height included); d2D < 10 m is evaluated at 10 m.
 */
export function aerialPathLoss(options: AerialOptions): PathLossResult {
  assertFinite('fcGHz', options.fcGHz, 0, false);
  assertFinite('d2dM', options.d2dM, 0, true);
  assertFinite('hBsM', options.hBsM, 0, false);
  assertFinite('hUtM', options.hUtM, 0, false);
  if (options.hUtM > AERIAL_HEIGHT_THRESHOLD_M[options.scenario]) {
    return {
      pathLossDb: aerialBandDb(options),
      shadowFadingStdDb: aerialShadowFadingDb(options),
      warnings: aerialWarnings(options),
    };
  }
  const g = { fcGHz: options.fcGHz, d2dM: options.d2dM, hBsM: options.hBsM, hUtM: options.hUtM };
  const los = options.condition === 'LOS';
  if (options.scenario === 'RMa-AV') return los ? rmaLosPathLoss(g) : rmaNlosPathLoss(g);
  if (options.scenario === 'UMa-AV') return los ? umaLosPathLoss(g) : umaNlosPathLoss(g);
  return los ? umiLosPathLoss(g) : umiNlosPathLoss(g);
}
