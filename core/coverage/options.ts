import { NR_N78_DL_ACIR, UE_NOISE_FIGURE_DB } from '../radio';

/**
 * How LOS and NLOS path loss become one map value (TR 38.901 §7.4.2 usage):
 * `blend-mean-db` P_LOS·PL_LOS + (1 − P_LOS)·PL_NLOS in dB (SEAMCAT's deterministic layer, the default);
 * `blend-linear` the loss of the expected received power; `nlos` / `los` one condition everywhere.
 */
export type LosMode = 'blend-mean-db' | 'blend-linear' | 'nlos' | 'los';

export const LOS_MODES: readonly LosMode[] = ['blend-mean-db', 'blend-linear', 'nlos', 'los'];

/** Settings of a coverage job; every field has a default (see DEFAULT_COVERAGE_OPTIONS). */
export interface CoverageOptions {
  /** Receiver (UE) antenna height above ground in m; ≥ the TR 36.777 threshold switches RMa/UMa to the aerial model. */
  rxHeightM: number;
  losMode: LosMode;
  /** Fraction of resources the interfering cells transmit on, 0…1 (1 = full load). */
  load: number;
  /** UE noise figure in dB (reference-radio §4.1: 7–9 dB). */
  noiseFigureDb: number;
  /** Subcarrier spacing in kHz: RSRP and noise are per resource element of this width. */
  scsKHz: number;
  /**
   * Floor in dBm per RE: a cell is skipped where even its boresight power is below it, and a pixel whose best server
   * is below it has no server (NaN). Default −140 dBm, 18 dB under the noise per RE at NF 7 dB.
   */
  floorDbm: number;
  /** Compute SINR (needs every cell that can change it at every pixel). Off: best server only, with extra culling. */
  computeSinr: boolean;
  /** ACIR in dB applied to interferers on adjacent or partly overlapping carriers (default NR_N78_DL_ACIR, 32.7 dB). */
  acirDb: number;
  /**
   * How much range culling may raise a pixel's SINR, dB (default 0.01): per tile, cells that cannot reach the floor
   * are skipped only while their summed best-case power stays under (10^(tol/10) − 1)·noise. RSRP is never changed.
   */
  sinrToleranceDb: number;
  /** Range culling on (default). Off evaluates every cell at every pixel: the reference the culled run must match. */
  cull: boolean;
  /** Rows per band: the job yields progress and checks for cancellation after each band (0 = about 1 % of rows). */
  bandRows: number;
}

export const DEFAULT_COVERAGE_OPTIONS: CoverageOptions = {
  rxHeightM: 1.5,
  losMode: 'blend-mean-db',
  load: 1,
  noiseFigureDb: UE_NOISE_FIGURE_DB,
  scsKHz: 30,
  floorDbm: -140,
  computeSinr: true,
  acirDb: NR_N78_DL_ACIR.value,
  sinrToleranceDb: 0.01,
  cull: true,
  bandRows: 0,
};

/** Returns the options with defaults filled in; throws RangeError (a caller bug) on impossible values. */
export function resolveCoverageOptions(options: Partial<CoverageOptions> = {}): CoverageOptions {
  const o = { ...DEFAULT_COVERAGE_OPTIONS, ...options };
  if (!(o.load >= 0 && o.load <= 1)) throw new RangeError(`load must be in [0, 1], got ${o.load}`);
  if (!(o.rxHeightM > 0 && Number.isFinite(o.rxHeightM))) throw new RangeError(`rxHeightM must be > 0`);
  if (!LOS_MODES.includes(o.losMode)) throw new RangeError(`unknown losMode ${String(o.losMode)}`);
  if (!(o.sinrToleranceDb >= 0)) throw new RangeError(`sinrToleranceDb must be ≥ 0, got ${o.sinrToleranceDb}`);
  if (!(o.acirDb >= 0)) throw new RangeError(`acirDb must be ≥ 0, got ${o.acirDb}`);
  return o;
}
