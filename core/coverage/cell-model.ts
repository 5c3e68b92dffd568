import type { LocalizedText } from '../i18n/localized';
import { elevationDeg, horizontalPatternDb, noisePowerDbm, verticalPatternDb } from '../radio';
import { calibrationGainDb } from './calibration-apply';
import type { RadioCell } from './cells';
import type { CoverageOptions } from './options';
import { dedupe, pathLossProfile, profilePathLossDb, type PathLossProfile } from './path-loss-profile';

/**
 * Step of the distance tables in √m: uniform in √d2D (0.5 m steps at 25 m, 10 m at 10 km), so tables stay small
 * and cache-resident; linear interpolation of linear power, error tested ≤ 0.05 dB.
 */
export const LUT_STEP_SQRT_M = 0.05;
/** Entries of the horizontal-pattern table over the diamond angle 0…4 (one turn). */
export const BEARING_LUT_SIZE = 4096;

/**
 * A cell prepared for the kernel. Powers are linear (mW per RE) so the kernel needs no exp/log per cell·pixel:
 * P = max(main(d)·h(bearing), floor(d)), which is EIRP − PL − min(A_V + A_H, A_max) of TR 38.901 Table 7.3-1.
 */
export interface CellModel {
  cell: RadioCell;
  /** 1 / LUT_STEP_SQRT_M. */
  invStep: number;
  /** EIRP·10^(−(PL + A_V)/10) in mW at √d2D = k·step (omni: A_V capped at A_max). */
  mainMw: Float32Array;
  /** EIRP·10^(−(PL + A_max)/10) in mW (the combined pattern's cap); null for omni. */
  floorMw: Float32Array | null;
  /** 10^(−A_H/10) by diamond angle (BEARING_LUT_SIZE + 1 entries, the last repeats the first); null for omni. */
  bearingGain: Float32Array | null;
  /** Beyond this d2D (m) even the boresight power is below the floor. */
  rangeM: number;
}

/** Pseudo-angle of (dx east, dy north) in [0, 4), monotone in the counter-clockwise angle from east. */
export function diamondAngle(dx: number, dy: number): number {
  const s = (dx < 0 ? -dx : dx) + (dy < 0 ? -dy : dy);
  if (s === 0) return 0;
  const inv = 1 / s;
  return dy >= 0 ? (dx >= 0 ? dy * inv : 1 - dx * inv) : dx < 0 ? 2 - dy * inv : 3 + dx * inv;
}

/** Bearing in degrees clockwise from north of a diamond angle (inverse of diamondAngle). */
export function diamondToBearingDeg(p: number): number {
  let x: number;
  let y: number;
  if (p < 1) [x, y] = [1 - p, p];
  else if (p < 2) [x, y] = [1 - p, 2 - p];
  else if (p < 3) [x, y] = [p - 3, 2 - p];
  else [x, y] = [p - 3, p - 4];
  return 90 - (Math.atan2(y, x) * 180) / Math.PI;
}

export interface PreparedCells {
  models: CellModel[];
  /** Noise per RE in mW (kTB over one subcarrier + UE noise figure). */
  noiseMw: number;
  floorMw: number;
  warnings: LocalizedText[];
}

/**
 * Builds the per-cell tables for a receiver height. `maxDistanceM(cell)` bounds the tables (e.g. the farthest grid
 * corner). Path-loss profiles are shared by cells with the same geometry (the sectors of one site).
 */
export function prepareCellModels(
  cells: readonly RadioCell[],
  options: CoverageOptions,
  maxDistanceM: (cell: RadioCell) => number,
): PreparedCells {
  const profiles = new Map<string, PathLossProfile>();
  const floorMw = 10 ** (options.floorDbm / 10);
  const warnings: LocalizedText[] = [];
  const maxDs = cells.map((cell) => Math.max(20, maxDistanceM(cell)));
  // One profile per link geometry, sampled to the farthest distance any cell needs.
  const profileD = Math.max(20, ...maxDs);
  const models = cells.map((cell, i) => {
    const maxD = maxDs[i] as number;
    const key = {
      environment: cell.environment,
      losMode: options.losMode,
      fcGHz: cell.fcGHz,
      hBsM: cell.antennaHeightM,
      hUtM: options.rxHeightM,
    };
    const id = `${key.environment}|${key.losMode}|${key.fcGHz}|${key.hBsM}|${key.hUtM}`;
    let profile = profiles.get(id);
    if (!profile) {
      profile = pathLossProfile(key, profileD);
      profiles.set(id, profile);
      warnings.push(...profile.warnings);
    }
    return buildModel(cell, profile, options, maxD, floorMw);
  });
  const noiseDbm = noisePowerDbm({ bandwidthHz: options.scsKHz * 1e3, noiseFigureDb: options.noiseFigureDb });
  return { models, noiseMw: 10 ** (noiseDbm / 10), floorMw, warnings: dedupe(warnings) };
}

function buildModel(
  cell: RadioCell,
  profile: PathLossProfile,
  options: CoverageOptions,
  maxD: number,
  floorMw: number,
): CellModel {
  const { pattern } = cell;
  const omni = cell.azimuthDeg === null || pattern.omni;
  const size = Math.ceil(Math.sqrt(maxD) / LUT_STEP_SQRT_M) + 2;
  const mainMw = new Float32Array(size);
  const floorArr = omni ? null : new Float32Array(size);
  const eirpMw = 10 ** (cell.eirpPerReDbm / 10);
  let last = 0;
  for (let k = 0; k < size; k++) {
    const s = k * LUT_STEP_SQRT_M;
    const d = s * s;
    const plDb = profilePathLossDb(profile, d) - calibrationGainDb(cell.calibration, profile.aerial, d);
    const zenithDeg =
      90 -
      elevationDeg({ horizontalDistanceM: d, antennaHeightM: cell.antennaHeightM, targetHeightM: options.rxHeightM }) -
      cell.downtiltDeg;
    const vAttDb = -verticalPatternDb(zenithDeg, pattern);
    const main = eirpMw * 10 ** (-(plDb + (omni ? Math.min(vAttDb, pattern.frontToBackDb) : vAttDb)) / 10);
    mainMw[k] = main;
    const cap = eirpMw * 10 ** (-(plDb + pattern.frontToBackDb) / 10);
    if (floorArr) floorArr[k] = cap;
    if (Math.max(main, cap) >= floorMw) last = k;
  }
  let bearingGain: Float32Array | null = null;
  if (!omni) {
    bearingGain = new Float32Array(BEARING_LUT_SIZE + 1);
    for (let j = 0; j <= BEARING_LUT_SIZE; j++) {
      const bearing = diamondToBearingDeg(((j % BEARING_LUT_SIZE) * 4) / BEARING_LUT_SIZE);
      bearingGain[j] = 10 ** (horizontalPatternDb(bearing - (cell.azimuthDeg as number), pattern) / 10);
    }
  }
  // Tables end just past the range: only distances up to rangeM are ever looked up.
  const rangeM = Math.min(((last + 1) * LUT_STEP_SQRT_M) ** 2, maxD);
  const used = Math.min(size, last + 3);
  return {
    cell,
    invStep: 1 / LUT_STEP_SQRT_M,
    mainMw: mainMw.slice(0, used),
    floorMw: floorArr ? floorArr.slice(0, used) : null,
    bearingGain,
    rangeM,
  };
}

/** Received power in mW per RE from one cell at offset (dx east, dy north) m, optional extra loss in dB. */
export function cellPowerMw(model: CellModel, dx: number, dy: number, extraLossDb = 0): number {
  const x = Math.sqrt(Math.sqrt(dx * dx + dy * dy)) * model.invStep;
  const main = model.mainMw;
  const last = main.length - 2;
  const k = x < last ? Math.floor(x) : last;
  const f = x < last ? x - k : 1;
  let p = (main[k] as number) + f * ((main[k + 1] as number) - (main[k] as number));
  if (model.bearingGain && model.floorMw) {
    const a = diamondAngle(dx, dy) * (BEARING_LUT_SIZE / 4);
    const j = Math.floor(a);
    const g = model.bearingGain;
    p *= (g[j] as number) + (a - j) * ((g[j + 1] as number) - (g[j] as number));
    const fl = model.floorMw;
    const cap = (fl[k] as number) + f * ((fl[k + 1] as number) - (fl[k] as number));
    if (p < cap) p = cap;
  }
  return extraLossDb > 0 ? p * 10 ** (-extraLossDb / 10) : p;
}
