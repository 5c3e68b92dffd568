import { lt } from '../i18n/localized';
import type { Result } from '../project/problem';
import { numerology, type LinkDirection, type ScsKHz } from './numerology';
import { prbCount } from './prb-table';
import { fail, ok } from './result';

export type Modulation = 'QPSK' | '16QAM' | '64QAM' | '256QAM';

/** Modulation order Q_m in bits per symbol (TS 38.306 §4.1.2). */
export const MODULATION_ORDER: Readonly<Record<Modulation, number>> = { QPSK: 2, '16QAM': 4, '64QAM': 6, '256QAM': 8 };

/** Maximum LDPC code rate R_max = 948/1024 (TS 38.306 §4.1.2). */
export const R_MAX = 948 / 1024;

/** Overhead OH for FR1: 0.14 DL, 0.08 UL (TS 38.306 §4.1.2). */
export const OVERHEAD_FR1: Readonly<Record<LinkDirection, number>> = { DL: 0.14, UL: 0.08 };

/** Scaling factor f allowed by TS 38.306 §4.1.2. */
export type ScalingFactor = 1 | 0.8 | 0.75 | 0.4;

/**
 * Most MIMO layers per direction we accept: 8 DL, 4 UL. [R] TS 38.211/38.306 maxima recalled,
 * not in the reference notes.
 */
export const MAX_LAYERS: Readonly<Record<LinkDirection, number>> = { DL: 8, UL: 4 };

export interface PeakRateFromPrbInput {
  nPrb: number;
  scsKHz: ScsKHz;
  layers: number;
  modulation: Modulation;
  scalingFactor?: ScalingFactor;
  direction: LinkDirection;
}

/**
 * Peak data rate in Mbps of one FR1 carrier, TS 38.306 §4.1.2:
 * R = 1e-6 · v · Q_m · f · R_max · (N_PRB · 12 / T_s) · (1 − OH), T_s = 1e-3 / (14 · 2^μ) s.
 * Assumes every slot carries `direction` (no TDD factor; apply TDD shares separately).
 * Sum the result over carriers for carrier aggregation.
 */
export function peakRateFromPrbMbps(input: PeakRateFromPrbInput): number {
  const { nPrb, scsKHz, layers, modulation, scalingFactor = 1, direction } = input;
  const symbolDurationS = 1e-3 / (14 * 2 ** numerology(scsKHz));
  return (
    1e-6 *
    layers *
    MODULATION_ORDER[modulation] *
    scalingFactor *
    R_MAX *
    ((nPrb * 12) / symbolDurationS) *
    (1 - OVERHEAD_FR1[direction])
  );
}

export interface PeakRateInput {
  bandwidthMHz: number;
  scsKHz: number;
  layers: number;
  modulation: Modulation;
  scalingFactor?: ScalingFactor;
  direction: LinkDirection;
  band?: 'n78';
}

/**
 * Peak data rate in Mbps for a channel bandwidth (N_PRB from TS 38.101-1 Table 5.3.2-1),
 * TS 38.306 §4.1.2; e.g. 100 MHz, 30 kHz, 4 layers, 256QAM, DL → 2337 Mbps.
 */
export function peakRateMbps(input: PeakRateInput): Result<number> {
  const { layers, direction } = input;
  if (!Number.isInteger(layers) || layers < 1 || layers > MAX_LAYERS[direction]) {
    return fail(
      'layers',
      lt(
        `Antal lag skal være et helt tal fra 1 til ${MAX_LAYERS[direction]} (${direction}), men er ${layers}.`,
        `Layers must be a whole number from 1 to ${MAX_LAYERS[direction]} (${direction}), but is ${layers}.`,
      ),
    );
  }
  const prb = prbCount(input);
  if (!prb.ok) return prb;
  return ok(peakRateFromPrbMbps({ ...input, nPrb: prb.value, scsKHz: input.scsKHz as ScsKHz }));
}
