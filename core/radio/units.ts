/** Speed of light in m/s as 3GPP TR 38.901 uses it in its breakpoint formulas (c = 3.0·10⁸ m/s). */
export const SPEED_OF_LIGHT_M_PER_S = 3e8;

/** Linear power ratio for a value in dB (10^(dB/10)). */
export function dbToLinear(db: number): number {
  return 10 ** (db / 10);
}

/** Value in dB for a linear power ratio (10·log10(x)); −Infinity for 0. */
export function linearToDb(ratio: number): number {
  return 10 * Math.log10(ratio);
}

/** Power in mW for a power in dBm. */
export function dbmToMw(powerDbm: number): number {
  return 10 ** (powerDbm / 10);
}

/** Power in dBm for a power in mW; −Infinity for 0 mW. */
export function mwToDbm(powerMw: number): number {
  return 10 * Math.log10(powerMw);
}

/** 3D distance in m between a base station and a UT: √(d2D² + (hBS − hUT)²) (TR 38.901 Figure 7.4.1-1). */
export function distance3dM(d2dM: number, hBsM: number, hUtM: number): number {
  return Math.hypot(d2dM, hBsM - hUtM);
}

/** Throws a RangeError (a caller bug, not a user error) unless `value` is finite and above (or at) `min`. */
export function assertFinite(name: string, value: number, min: number, inclusive: boolean): void {
  const ok = Number.isFinite(value) && (inclusive ? value >= min : value > min);
  if (!ok) throw new RangeError(`${name} must be a finite number ${inclusive ? '≥' : '>'} ${min}, got ${value}`);
}
