import { lt } from '../i18n/localized';
import type { Result } from '../project/problem';
import type { LinkDirection } from '../nr/numerology';
import { OVERHEAD_FR1 } from '../nr/peak-rate';
import { prbCount } from '../nr/prb-table';
import { fail, ok } from '../nr/result';
import { SE_PARAMS_NR, spectralEfficiencyBpsHz, type TruncatedShannonParams } from '../nr/spectral-efficiency';
import type { TddPattern } from '../nr/tdd';

/** SINR samples in dB (e.g. raster pixels in a cell's service area), or a weighted histogram. */
export type SinrDistribution = readonly number[] | readonly { sinrDb: number; weight: number }[];

/**
 * How per-location SE is averaged: 'arithmetic' (equal time share per location, the mean SE of the
 * brief) or 'harmonic' (equal rate per location, what GBR traffic spread over the area needs;
 * lower, and dominated by the cell edge).
 */
export type SeAveraging = 'arithmetic' | 'harmonic';

/** Mean spectral efficiency over the served locations and the share of locations not served. */
export interface SeStatistics {
  /** Mean SE in bit/s/Hz over samples with SE > 0; 0 when none is served. */
  meanSeBpsHz: number;
  /** Weight share of samples below SINR_min (SE = 0), 0…1. */
  outageFraction: number;
}

function weighted(dist: SinrDistribution): { sinrDb: number; weight: number }[] {
  return dist.map((d) => (typeof d === 'number' ? { sinrDb: d, weight: 1 } : d));
}

/** Mean SE (bit/s/Hz, truncated Shannon) and outage share of a SINR distribution. */
export function seStatistics(
  dist: SinrDistribution,
  params: TruncatedShannonParams,
  averaging: SeAveraging = 'arithmetic',
): SeStatistics {
  let total = 0;
  let outage = 0;
  let served = 0;
  let sum = 0;
  for (const { sinrDb, weight } of weighted(dist)) {
    if (!(weight > 0)) continue;
    total += weight;
    const se = spectralEfficiencyBpsHz(sinrDb, params);
    if (se <= 0) outage += weight;
    else {
      served += weight;
      sum += averaging === 'arithmetic' ? weight * se : weight / se;
    }
  }
  if (total === 0 || served === 0) return { meanSeBpsHz: 0, outageFraction: total === 0 ? 1 : outage / total };
  return { meanSeBpsHz: averaging === 'arithmetic' ? sum / served : served / sum, outageFraction: outage / total };
}

export interface CellCapacityInput {
  bandwidthMHz: number;
  scsKHz: number;
  tdd: TddPattern;
  layersDl: number;
  layersUl: number;
  sinrDlDb: SinrDistribution;
  sinrUlDb: SinrDistribution;
  seParams?: Readonly<Record<LinkDirection, TruncatedShannonParams>>;
  averaging?: SeAveraging;
  /** Overhead per direction (default TS 38.306 FR1: 0.14 DL, 0.08 UL). */
  overhead?: Readonly<Record<LinkDirection, number>>;
  band?: 'n78';
}

/** Average cell capacity per direction with the inputs behind it. */
export interface CellCapacity {
  nPrb: number;
  dlMbps: number;
  ulMbps: number;
  meanSeDlBpsHz: number;
  meanSeUlBpsHz: number;
  outageDl: number;
  outageUl: number;
}

/**
 * Average cell capacity in Mbps per direction (reference-radio §4.3):
 * C = meanSE · (N_PRB · 12 · SCS) · (1 − OH) · TDD data share · layers (UL: U slots only, see TddPattern). Layers are assumed to see the
 * same SINR (optimistic; pass effective layers). Locations below SINR_min are left out of the mean
 * and reported as outage instead.
 */
export function cellCapacity(input: CellCapacityInput): Result<CellCapacity> {
  const { tdd, seParams = SE_PARAMS_NR, averaging = 'arithmetic', overhead = OVERHEAD_FR1 } = input;
  const prb = prbCount(input);
  if (!prb.ok) return prb;
  for (const [path, dist] of [
    ['sinrDlDb', input.sinrDlDb],
    ['sinrUlDb', input.sinrUlDb],
  ] as const) {
    if (dist.length === 0) {
      return fail(
        path,
        lt('SINR-fordelingen er tom.', 'The SINR distribution is empty.'),
        lt('Kør dækningsberegningen for cellen først.', 'Run the coverage calculation for the cell first.'),
      );
    }
  }
  const occupiedHz = prb.value * 12 * input.scsKHz * 1e3;
  const dl = seStatistics(input.sinrDlDb, seParams.DL, averaging);
  const ul = seStatistics(input.sinrUlDb, seParams.UL, averaging);
  const mbps = (se: number, dir: LinkDirection, share: number, layers: number) =>
    (se * occupiedHz * (1 - overhead[dir]) * share * layers) / 1e6;
  return ok({
    nPrb: prb.value,
    dlMbps: mbps(dl.meanSeBpsHz, 'DL', tdd.dlDataShare, input.layersDl),
    ulMbps: mbps(ul.meanSeBpsHz, 'UL', tdd.ulDataShare, input.layersUl),
    meanSeDlBpsHz: dl.meanSeBpsHz,
    meanSeUlBpsHz: ul.meanSeBpsHz,
    outageDl: dl.outageFraction,
    outageUl: ul.outageFraction,
  });
}

/** Utilisation = demand / capacity (0 when there is no demand, Infinity when there is no capacity). */
export function utilisation(demandMbps: number, capacityMbps: number): number {
  if (demandMbps <= 0) return 0;
  return capacityMbps > 0 ? demandMbps / capacityMbps : Infinity;
}
