import { elevationDeg, horizontalPatternDb, verticalPatternDb, type AntennaPattern } from '../radio';
import { calibrationGainDb, type CellCalibration } from './calibration-apply';
import { profilePathLossDb, type PathLossProfile } from './path-loss-profile';

/**
 * Step of the distance tables in √m: uniform in √d2D (0.5 m steps at 25 m, 10 m at 10 km), so tables stay small
 * and cache-resident; linear interpolation of linear power, error tested ≤ 0.05 dB.
 */
export const LUT_STEP_SQRT_M = 0.05;
/** Entries of the horizontal-pattern table over one turn of relative bearing (0.18° steps). */
export const BEARING_LUT_SIZE = 2048;

/** Distance tables of one beam class (path loss × vertical pattern), relative to 0 dBm EIRP; shared by cells. */
export interface BeamTables {
  /** 10^(−(PL + A_V)/10) at √d2D = k·step (omni: A_V capped at A_max). */
  mainRel: Float32Array;
  /** 10^(−(PL + A_max)/10), the combined pattern's floor; null for omni. */
  capRel: Float32Array | null;
  /** max(mainRel, capRel) over all entries from k on: an upper bound on the relative power at d2D ≥ (k·step)². */
  envelopeRel: Float32Array;
  /** Minimum and maximum of mainRel and capRel per block of RANGE_BLOCK entries, for range queries (tile bounds). */
  blocks: { mainMin: Float32Array; mainMax: Float32Array; capMin: Float32Array | null; capMax: Float32Array | null };
}

/** Entries per block of BeamTables.blocks. */
export const RANGE_BLOCK = 32;

function blockExtrema(table: Float32Array): { min: Float32Array; max: Float32Array } {
  const n = Math.ceil(table.length / RANGE_BLOCK);
  const min = new Float32Array(n).fill(Infinity);
  const max = new Float32Array(n);
  for (let k = 0; k < table.length; k++) {
    const b = Math.floor(k / RANGE_BLOCK);
    const v = table[k] as number;
    if (v < (min[b] as number)) min[b] = v;
    if (v > (max[b] as number)) max[b] = v;
  }
  return { min, max };
}

/** [min, max] of table[k0…k1] (inclusive, clamped to the table) using the block extrema. */
export function tableRangeExtrema(
  table: Float32Array,
  blockMin: Float32Array,
  blockMax: Float32Array,
  k0: number,
  k1: number,
): [number, number] {
  const last = table.length - 1;
  let lo = Math.max(0, Math.min(last, k0));
  const hi = Math.max(0, Math.min(last, k1));
  let min = Infinity;
  let max = 0;
  while (lo <= hi) {
    if (lo % RANGE_BLOCK === 0 && lo + RANGE_BLOCK - 1 <= hi) {
      const b = lo / RANGE_BLOCK;
      min = Math.min(min, blockMin[b] as number);
      max = Math.max(max, blockMax[b] as number);
      lo += RANGE_BLOCK;
    } else {
      const v = table[lo] as number;
      if (v < min) min = v;
      if (v > max) max = v;
      lo++;
    }
  }
  return [min, max];
}

/** ln(10)/10: 10^(−x/10) = e^(−x·DB_TO_NEPER). */
const DB_TO_NEPER = Math.LN10 / 10;

export interface BeamGeometry {
  antennaHeightM: number;
  rxHeightM: number;
  downtiltDeg: number;
  pattern: AntennaPattern;
  omni: boolean;
  /** The project's calibration for the cell's scenario, taken off the path loss (calibration-apply.ts). */
  calibration?: CellCalibration | undefined;
}

/**
 * Tables of `size` entries for a path-loss profile and a beam: P/EIRP = 10^(−(PL + min(A_V + A_H, A_max))/10) of
 * TR 38.901 Table 7.3-1 splits into main(d)·h(bearing) floored at cap(d), so the kernel needs no exp/log per pixel.
 */
export function beamTables(profile: PathLossProfile, beam: BeamGeometry, size: number): BeamTables {
  const { pattern, omni } = beam;
  const mainRel = new Float32Array(size);
  const capRel = omni ? null : new Float32Array(size);
  for (let k = 0; k < size; k++) {
    const s = k * LUT_STEP_SQRT_M;
    const d = s * s;
    const plDb = profilePathLossDb(profile, d) - calibrationGainDb(beam.calibration, profile.aerial, d);
    const elevation = elevationDeg({
      horizontalDistanceM: d,
      antennaHeightM: beam.antennaHeightM,
      targetHeightM: beam.rxHeightM,
    });
    const vAttDb = -verticalPatternDb(90 - elevation - beam.downtiltDeg, pattern);
    // 10^(−x/10) as e^(−x·ln10/10): the same value (to float rounding), a fraction of Math.pow's time.
    mainRel[k] = Math.exp(-(plDb + (omni ? Math.min(vAttDb, pattern.frontToBackDb) : vAttDb)) * DB_TO_NEPER);
    if (capRel) capRel[k] = Math.exp(-(plDb + pattern.frontToBackDb) * DB_TO_NEPER);
  }
  const envelopeRel = new Float32Array(size);
  let running = 0;
  for (let k = size - 1; k >= 0; k--) {
    running = Math.max(running, mainRel[k] as number, capRel ? (capRel[k] as number) : 0);
    envelopeRel[k] = running;
  }
  const mainBlocks = blockExtrema(mainRel);
  const capBlocks = capRel ? blockExtrema(capRel) : null;
  const blocks = {
    mainMin: mainBlocks.min,
    mainMax: mainBlocks.max,
    capMin: capBlocks?.min ?? null,
    capMax: capBlocks?.max ?? null,
  };
  return { mainRel, capRel, envelopeRel, blocks };
}

/**
 * 10^(−A_H/10) of TR 38.901 Table 7.3-1 by bearing relative to boresight, in turns (index u·BEARING_LUT_SIZE for
 * u in [0, 1)); two extra entries repeat the start so interpolation never reads past the end.
 */
export function bearingTable(pattern: AntennaPattern): Float32Array {
  const table = new Float32Array(BEARING_LUT_SIZE + 2);
  for (let j = 0; j < table.length; j++)
    table[j] = 10 ** (horizontalPatternDb(((j % BEARING_LUT_SIZE) * 360) / BEARING_LUT_SIZE, pattern) / 10);
  return table;
}

// atan(a) for 0 ≤ a ≤ 1, Abramowitz & Stegun 4.4.47 (|error| ≤ 10⁻⁵ rad = 0.0006°, ≤ 0.0004 dB of pattern).
const A1 = 0.999866;
const A3 = -0.3302995;
const A5 = 0.180141;
const A7 = -0.085133;
const A9 = 0.0208351;
const TURN = 1 / (2 * Math.PI);

/** Bearing of (dx east, dy north) clockwise from north, in turns [0, 1); 0 at the origin. No Math.atan2 per call. */
export function bearingTurns(dx: number, dy: number): number {
  const ax = dx < 0 ? -dx : dx;
  const ay = dy < 0 ? -dy : dy;
  const big = ax > ay ? ax : ay;
  if (big === 0) return 0;
  const a = (ax > ay ? ay : ax) / big;
  const s = a * a;
  const atan = a * (A1 + s * (A3 + s * (A5 + s * (A7 + s * A9))));
  const q = (ax > ay ? Math.PI / 2 - atan : atan) * TURN; // angle from north towards the x axis, 0…1/4 turn
  if (dy >= 0) return dx >= 0 ? q : q === 0 ? 0 : 1 - q;
  return dx >= 0 ? 0.5 - q : 0.5 + q;
}
