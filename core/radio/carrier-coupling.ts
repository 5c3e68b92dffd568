import type { SourcedNumber } from './sourced';
import { dbToLinear, linearToDb } from './units';

/** NR FR1 base-station ACLR towards an adjacent NR carrier of the same bandwidth, dB. */
export const NR_BS_ACLR_DB: SourcedNumber = {
  value: 45,
  source:
    'TS 38.104 §6.6.3 (BS ACLR, FR1); read in Dahlman, Parkvall, Sköld, "5G NR" (2018) ch. 5, not in the TS text itself',
  verified: false,
};

/** NR UE adjacent-channel selectivity for bands above 3.3 GHz (n77/n78), dB. */
export const NR_N78_UE_ACS_DB: SourcedNumber = {
  value: 33,
  source: 'TS 38.101-1 §7.5 Table 7.5-2 (bands with F_DL,low ≥ 3300 MHz); the table values could not be read here',
  verified: false,
};

/**
 * Adjacent-channel interference ratio in dB from the interferer's ACLR and the victim's ACS:
 * ACIR = 1 / (1/ACLR + 1/ACS) in linear terms, the combination TR 38.803 §5 and TR 38.921 use for coexistence.
 */
export function acirDb(aclrDb: number, acsDb: number): number {
  return -linearToDb(dbToLinear(-aclrDb) + dbToLinear(-acsDb));
}

/** Downlink ACIR for an adjacent n78 carrier: BS ACLR 45 dB with UE ACS 33 dB → 32.73 dB (both unverified). */
export const NR_N78_DL_ACIR: SourcedNumber = {
  value: acirDb(NR_BS_ACLR_DB.value, NR_N78_UE_ACS_DB.value),
  source: `1/(1/ACLR + 1/ACS) with BS ACLR ${NR_BS_ACLR_DB.value} dB and UE ACS ${NR_N78_UE_ACS_DB.value} dB (TR 38.803 method)`,
  verified: NR_BS_ACLR_DB.verified && NR_N78_UE_ACS_DB.verified,
};

/** An NR carrier: centre frequency and channel bandwidth in MHz. */
export interface Carrier {
  centreMHz: number;
  bandwidthMHz: number;
}

/** Overlap of two carriers in MHz (0 when apart) and the gap between their nearest edges in MHz (0 when overlapping). */
export function carrierOverlapMHz(a: Carrier, b: Carrier): { overlapMHz: number; gapMHz: number } {
  const lo = Math.max(a.centreMHz - a.bandwidthMHz / 2, b.centreMHz - b.bandwidthMHz / 2);
  const hi = Math.min(a.centreMHz + a.bandwidthMHz / 2, b.centreMHz + b.bandwidthMHz / 2);
  return { overlapMHz: Math.max(0, hi - lo), gapMHz: Math.max(0, lo - hi) };
}

/**
 * The factor (0…1) by which an interferer's power per resource element on its own carrier counts as interference
 * per resource element of the victim's carrier, averaged over the victim's band (flat PSDs):
 * s + (1 − s)/ACIR when the carriers overlap by the share s of the victim's bandwidth (1 for co-channel); 1/ACIR
 * when they do not overlap but the interferer is in the first adjacent channel (edge gap smaller than the wider
 * bandwidth); 0 further away (second-adjacent leakage and blocking are not modelled).
 */
export function interferenceCouplingFactor(victim: Carrier, interferer: Carrier, acirDbValue: number): number {
  const { overlapMHz, gapMHz } = carrierOverlapMHz(victim, interferer);
  const share = Math.min(1, overlapMHz / victim.bandwidthMHz);
  const leak = dbToLinear(-acirDbValue);
  if (share > 0) return share + (1 - share) * leak;
  return gapMHz < Math.max(victim.bandwidthMHz, interferer.bandwidthMHz) ? leak : 0;
}
