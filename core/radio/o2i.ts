import { lt, type LocalizedText } from '../i18n/localized';
import { assertFinite, dbToLinear, linearToDb } from './units';
import { FC, checkRange } from './validity';

/** Building-entry models of 3GPP TR 38.901 §7.4.3.1 (low-loss, high-loss) and the sub-6 GHz legacy option. */
export type O2iModel = 'low-loss' | 'high-loss' | 'legacy-sub6';

/** Material penetration losses in dB at fc in GHz, 3GPP TR 38.901 Table 7.4.3-1. */
export const materialLossDb = {
  standardGlass: (fcGHz: number): number => 2 + 0.2 * fcGHz,
  irrGlass: (fcGHz: number): number => 23 + 0.3 * fcGHz,
  concrete: (fcGHz: number): number => 5 + 4 * fcGHz,
  wood: (fcGHz: number): number => 4.85 + 0.12 * fcGHz,
};

export interface O2iOptions {
  model: O2iModel;
  fcGHz: number;
  /** Indoor distance d2D-in in m (PL_in = 0.5·d2D-in); default 0. See medianIndoorDistanceM. */
  indoorDistanceM?: number;
}

export interface O2iResult {
  /** Through-wall loss PL_tw in dB. */
  wallLossDb: number;
  /** Indoor loss PL_in = 0.5·d2D-in in dB. */
  indoorLossDb: number;
  /** PL_tw + PL_in in dB, to add to the outdoor path loss PL_b. */
  totalDb: number;
  /** σP of the O2I loss in dB: 4.4 low-loss, 6.5 high-loss; 0 for the legacy option (no σ in our sources). */
  stdDb: number;
  warnings: LocalizedText[];
}

/** 5 − 10log(Σ share·10^(−L/10)): the two-material wall formula of TR 38.901 Table 7.4.3-2. */
function wallDb(parts: [number, number][]): number {
  return 5 - linearToDb(parts.reduce((sum, [share, lossDb]) => sum + share * dbToLinear(-lossDb), 0));
}

/**
 * Median O2I building-entry loss in dB at fc, 3GPP TR 38.901 §7.4.3.1 Table 7.4.3-2: low-loss
 * (30 % standard glass, 70 % concrete, σ 4.4 dB), high-loss (70 % IRR glass, 30 % concrete, σ 6.5 dB),
 * or the backward-compatible 20 dB option for fc < 6 GHz; plus 0.5 dB per metre indoors.
 */
export function o2iLoss({ model, fcGHz, indoorDistanceM = 0 }: O2iOptions): O2iResult {
  assertFinite('fcGHz', fcGHz, 0, false);
  assertFinite('indoorDistanceM', indoorDistanceM, 0, true);
  const warnings: LocalizedText[] = [];
  let wallLossDb: number;
  let stdDb: number;
  if (model === 'legacy-sub6') {
    checkRange(warnings, 'O2I 20 dB (TR 38.901)', FC, fcGHz, [0.5, 6]);
    wallLossDb = 20;
    stdDb = 0;
  } else {
    checkRange(warnings, `O2I ${model} (TR 38.901)`, FC, fcGHz, [0.5, 100]);
    const concrete = materialLossDb.concrete(fcGHz);
    wallLossDb =
      model === 'low-loss'
        ? wallDb([
            [0.3, materialLossDb.standardGlass(fcGHz)],
            [0.7, concrete],
          ])
        : wallDb([
            [0.7, materialLossDb.irrGlass(fcGHz)],
            [0.3, concrete],
          ]);
    stdDb = model === 'low-loss' ? 4.4 : 6.5;
  }
  const indoorLossDb = 0.5 * indoorDistanceM;
  return { wallLossDb, indoorLossDb, totalDb: wallLossDb + indoorLossDb, stdDb, warnings };
}

/**
 * Median of d2D-in in m when it is drawn as the minimum of two U(0, maxM) (TR 38.901 §7.4.3.1:
 * maxM = 25 m for UMa/UMi, 10 m for RMa): maxM·(1 − 1/√2).
 */
export function medianIndoorDistanceM(maxM: number): number {
  return maxM * (1 - Math.SQRT1_2);
}

/** Outdoor scenarios of TR 38.901 the O2I model goes with. */
export type O2iScenario = 'RMa' | 'UMa' | 'UMi';

/** Upper end of the uniform d2D-in draws, m: 25 for UMa/UMi, 10 for RMa (TR 38.901 §7.4.3.1, Table 7.4.3-2 notes). */
export const O2I_INDOOR_MAX_M: Readonly<Record<O2iScenario, number>> = { RMa: 10, UMa: 25, UMi: 25 };

/**
 * Median O2I loss for receivers indoors in `scenario`: PL_tw of the wall model plus PL_in = 0.5·d2D-in at the median
 * indoor distance (medianIndoorDistanceM of O2I_INDOOR_MAX_M), TR 38.901 §7.4.3.1. RMa is refused with the
 * high-loss wall: 38.901 says only the low-loss model applies to RMa.
 */
export function o2iLossFor(
  scenario: O2iScenario,
  model: O2iModel,
  fcGHz: number,
): { ok: true; loss: O2iResult } | { ok: false; message: LocalizedText } {
  if (scenario === 'RMa' && model === 'high-loss')
    return {
      ok: false,
      message: lt(
        'TR 38.901 §7.4.3.1 bruger kun lavtabsmodellen (low-loss) for RMa; tung bygning (high-loss) gælder ikke for landområder.',
        'TR 38.901 §7.4.3.1 uses only the low-loss model for RMa; the high-loss building does not apply to rural macro.',
      ),
    };
  return {
    ok: true,
    loss: o2iLoss({ model, fcGHz, indoorDistanceM: medianIndoorDistanceM(O2I_INDOOR_MAX_M[scenario]) }),
  };
}
