/**
 * Parameters of a 3GPP TR 38.901 Table 7.3-1 style element pattern. Defaults are the table's values:
 * 65° beamwidths, SLA_V 30 dB, A_max (front-to-back) 30 dB, G_E,max 8 dBi, directional.
 */
export interface AntennaPatternOptions {
  /** Horizontal half-power beamwidth φ3dB in degrees (default 65). */
  horizontalBeamwidthDeg?: number;
  /** Vertical half-power beamwidth θ3dB in degrees (default 65). */
  verticalBeamwidthDeg?: number;
  /** Vertical side-lobe attenuation limit SLA_V in dB (default 30). */
  sideLobeLimitDb?: number;
  /** Front-to-back ratio A_max in dB; also caps the combined pattern (default 30). */
  frontToBackDb?: number;
  /** Maximum directional gain G_E,max in dBi (default 8). */
  maxGainDbi?: number;
  /** Omnidirectional in azimuth: A_E,H = 0 (default false). */
  omni?: boolean;
}

/** A pattern with every default filled in. */
export type AntennaPattern = Required<AntennaPatternOptions>;

/** Fills the Table 7.3-1 defaults into `options` (returns a new object). */
export function antennaPattern(options: AntennaPatternOptions = {}): AntennaPattern {
  return {
    horizontalBeamwidthDeg: options.horizontalBeamwidthDeg ?? 65,
    verticalBeamwidthDeg: options.verticalBeamwidthDeg ?? 65,
    sideLobeLimitDb: options.sideLobeLimitDb ?? 30,
    frontToBackDb: options.frontToBackDb ?? 30,
    maxGainDbi: options.maxGainDbi ?? 8,
    omni: options.omni ?? false,
  };
}

/** Wraps an angle in degrees to (−180, 180]. */
export function wrapDeg180(angleDeg: number): number {
  const a = ((angleDeg % 360) + 360) % 360;
  return a > 180 ? a - 360 : a;
}

/** Vertical cut A_E,V(θ) in dB (≤ 0), TR 38.901 Table 7.3-1: −min(12((θ − 90°)/θ3dB)², SLA_V); θ zenith angle in degrees. */
export function verticalPatternDb(zenithDeg: number, pattern: AntennaPattern): number {
  return -Math.min(12 * ((zenithDeg - 90) / pattern.verticalBeamwidthDeg) ** 2, pattern.sideLobeLimitDb);
}

/** Horizontal cut A_E,H(φ) in dB (≤ 0), TR 38.901 Table 7.3-1: −min(12(φ/φ3dB)², A_max); 0 for omni. φ in degrees. */
export function horizontalPatternDb(azimuthDeg: number, pattern: AntennaPattern): number {
  if (pattern.omni) return 0;
  return -Math.min(12 * (wrapDeg180(azimuthDeg) / pattern.horizontalBeamwidthDeg) ** 2, pattern.frontToBackDb);
}

/**
 * Element gain in dBi at zenith θ and azimuth φ (degrees, in the antenna's own frame, boresight θ = 90°, φ = 0°),
 * TR 38.901 Table 7.3-1: G_E,max − min(−(A_E,V + A_E,H), A_max).
 */
export function elementGainDbi(zenithDeg: number, azimuthDeg: number, pattern: AntennaPattern): number {
  const attenuationDb = -(verticalPatternDb(zenithDeg, pattern) + horizontalPatternDb(azimuthDeg, pattern));
  return pattern.maxGainDbi - Math.min(attenuationDb, pattern.frontToBackDb);
}

export interface GainTowardsOptions {
  pattern: AntennaPattern;
  /** Boresight azimuth of the sector, degrees clockwise from north (ignored for omni). */
  siteAzimuthDeg: number;
  /** Downtilt in degrees, positive below the horizon. */
  downtiltDeg: number;
  /** Bearing from the antenna to the target, degrees clockwise from north. */
  targetBearingDeg: number;
  /** Elevation of the target seen from the antenna, degrees above the horizon (negative below). */
  targetElevationDeg: number;
}

/**
 * Antenna gain in dBi towards a target (TR 38.901 Table 7.3-1 element pattern). The tilt is applied as a shift of
 * the vertical cut (θ' = θ − tilt, as for electrical tilt in TR 36.814 / 36.873), not as the full §7.1.3 rotation;
 * the two agree on the vertical plane through boresight and differ slightly off it.
 */
export function gainTowardsDbi(options: GainTowardsOptions): number {
  const zenithDeg = 90 - options.targetElevationDeg - options.downtiltDeg;
  const azimuthDeg = wrapDeg180(options.targetBearingDeg - options.siteAzimuthDeg);
  return elementGainDbi(zenithDeg, azimuthDeg, options.pattern);
}

/** Elevation in degrees of a target seen from an antenna: atan2(hTarget − hAntenna, horizontal distance). */
export function elevationDeg({
  horizontalDistanceM,
  antennaHeightM,
  targetHeightM,
}: {
  horizontalDistanceM: number;
  antennaHeightM: number;
  targetHeightM: number;
}): number {
  return (Math.atan2(targetHeightM - antennaHeightM, horizontalDistanceM) * 180) / Math.PI;
}
