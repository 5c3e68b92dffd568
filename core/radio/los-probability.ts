import { assertFinite, dbToLinear, linearToDb } from './units';

/** Scenarios of 3GPP TR 38.901 Table 7.4.2-1. */
export type LosScenario = 'RMa' | 'UMa' | 'UMi' | 'InH-Mixed' | 'InH-Open';

export interface LosProbabilityOptions {
  scenario: LosScenario;
  /** Outdoor horizontal distance d2D-out in m (for InH: the horizontal BS–UT distance). */
  d2dM: number;
  /** UT height in m; only UMa uses it (C'(hUT) term). Default 1.5 m. */
  hUtM?: number;
}

/** UMa C'(hUT): 0 for hUT ≤ 13 m, ((hUT − 13)/10)^1.5 above (the table states it up to 23 m; applied as is above). */
function umaHeightTerm(hUtM: number): number {
  return hUtM <= 13 ? 0 : ((hUtM - 13) / 10) ** 1.5;
}

/**
 * LOS probability (0…1) of 3GPP TR 38.901 Table 7.4.2-1 for RMa, UMa (with the hUT term), UMi-Street Canyon and
 * InH-Office mixed / open. Derived for hBS 3 m (InH), 10 m (UMi), 25 m (UMa); used as is for other heights.
 */
export function losProbability({ scenario, d2dM, hUtM = 1.5 }: LosProbabilityOptions): number {
  assertFinite('d2dM', d2dM, 0, true);
  assertFinite('hUtM', hUtM, 0, false);
  const d = d2dM;
  switch (scenario) {
    case 'RMa':
      return d <= 10 ? 1 : Math.exp(-(d - 10) / 1000);
    case 'UMi':
      return d <= 18 ? 1 : 18 / d + Math.exp(-d / 36) * (1 - 18 / d);
    case 'UMa': {
      if (d <= 18) return 1;
      const base = 18 / d + Math.exp(-d / 63) * (1 - 18 / d);
      // Clamped: rounding can lift the product a hair above 1 for tall UEs.
      return Math.min(1, base * (1 + umaHeightTerm(hUtM) * (5 / 4) * (d / 100) ** 3 * Math.exp(-d / 150)));
    }
    case 'InH-Mixed':
      if (d <= 1.2) return 1;
      if (d < 6.5) return Math.exp(-(d - 1.2) / 4.7);
      return 0.32 * Math.exp(-(d - 6.5) / 32.6);
    case 'InH-Open':
      if (d <= 5) return 1;
      if (d <= 49) return Math.exp(-(d - 5) / 70.8);
      return 0.54 * Math.exp(-(d - 49) / 211.7);
  }
}

/**
 * How to turn LOS and NLOS path loss into one map value (a user choice, saved with the coverage settings):
 * - `mean-db`: P_LOS·PL_LOS + (1 − P_LOS)·PL_NLOS in dB (SEAMCAT's deterministic 38.901 layer);
 * - `mean-linear`: the loss of the expected received power, −10log(P·10^(−PL_LOS/10) + (1 − P)·10^(−PL_NLOS/10));
 * - `threshold`: PL_LOS when P_LOS ≥ `losThreshold` (default 0.5), else PL_NLOS.
 */
export type BlendMethod = 'mean-db' | 'mean-linear' | 'threshold';

export interface BlendOptions {
  losPathLossDb: number;
  nlosPathLossDb: number;
  /** LOS probability 0…1. */
  pLos: number;
  method: BlendMethod;
  /** For `threshold`: the P_LOS at or above which LOS is picked (default 0.5). */
  losThreshold?: number;
}

/** One path loss in dB from LOS/NLOS losses and P_LOS, by the chosen method (TR 38.901 §7.4.2 usage; SEAMCAT). */
export function blendedPathLossDb({
  losPathLossDb,
  nlosPathLossDb,
  pLos,
  method,
  losThreshold = 0.5,
}: BlendOptions): number {
  if (!(pLos >= 0 && pLos <= 1)) throw new RangeError(`pLos must be in [0, 1], got ${pLos}`);
  switch (method) {
    case 'mean-db':
      return pLos * losPathLossDb + (1 - pLos) * nlosPathLossDb;
    case 'mean-linear':
      return -linearToDb(pLos * dbToLinear(-losPathLossDb) + (1 - pLos) * dbToLinear(-nlosPathLossDb));
    case 'threshold':
      return pLos >= losThreshold ? losPathLossDb : nlosPathLossDb;
  }
}
