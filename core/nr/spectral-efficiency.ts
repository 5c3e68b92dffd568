import type { LinkDirection } from './numerology';

/**
 * Parameters of the attenuated, truncated Shannon mapping (3GPP TR 36.942 Annex A form):
 * SE = 0 below sinrMinDb, α·log2(1 + SINR) above, capped at seMaxBpsHz.
 */
export interface TruncatedShannonParams {
  alpha: number;
  sinrMinDb: number;
  seMaxBpsHz: number;
}

/** SE_max in bit/s/Hz where the curve reaches SINR_max: α·log2(1 + 10^(SINR_max/10)). */
export function seMaxFromSinrMaxDb(alpha: number, sinrMaxDb: number): number {
  return alpha * Math.log2(1 + 10 ** (sinrMaxDb / 10));
}

/**
 * NR defaults used by SHARC (ITU-R M.2101 simulator, TR 38.803 §5.2.7 style) [V: reference-radio §4.3]:
 * DL α 0.6, SINR −10…30 dB (SE_max 5.98); UL α 0.4, SINR −10…22 dB (SE_max 2.93).
 */
export const SE_PARAMS_NR: Readonly<Record<LinkDirection, TruncatedShannonParams>> = {
  DL: { alpha: 0.6, sinrMinDb: -10, seMaxBpsHz: seMaxFromSinrMaxDb(0.6, 30) },
  UL: { alpha: 0.4, sinrMinDb: -10, seMaxBpsHz: seMaxFromSinrMaxDb(0.4, 22) },
};

/**
 * LTE constants of TR 36.942 Annex A [R: recalled in reference-radio §4.3, not checked]:
 * DL α 0.6, −10 dB, cap 4.4 bit/s/Hz; UL α 0.4, −10 dB, cap 2.0 bit/s/Hz.
 */
export const SE_PARAMS_LTE: Readonly<Record<LinkDirection, TruncatedShannonParams>> = {
  DL: { alpha: 0.6, sinrMinDb: -10, seMaxBpsHz: 4.4 },
  UL: { alpha: 0.4, sinrMinDb: -10, seMaxBpsHz: 2.0 },
};

/** Spectral efficiency in bit/s/Hz for an SINR in dB, attenuated truncated Shannon (TR 36.942 Annex A). */
export function spectralEfficiencyBpsHz(sinrDb: number, params: TruncatedShannonParams): number {
  if (Number.isNaN(sinrDb)) throw new RangeError('SINR is NaN');
  if (sinrDb < params.sinrMinDb) return 0;
  if (sinrDb === Infinity) return params.seMaxBpsHz;
  return Math.min(params.alpha * Math.log2(1 + 10 ** (sinrDb / 10)), params.seMaxBpsHz);
}
