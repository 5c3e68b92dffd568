import type { PathLossResult } from './path-loss-result';
import { assertFinite } from './units';

/** Constant of the free-space formula with f in MHz and d in km: 20·log10(4π·10⁹/c) ≈ 32.45 dB. */
export const FSPL_CONSTANT_MHZ_KM_DB = 32.45;

/** Rounded constant 3GPP TR 38.901 uses with fc in GHz and d3D in m (e.g. in its optional NLOS models). */
export const FSPL_CONSTANT_38901_DB = 32.4;

export interface FreeSpaceOptions {
  frequencyMHz: number;
  distanceKm: number;
}

/**
 * Free-space path loss in dB: 32.45 + 20·log10(f_MHz) + 20·log10(d_km) (ITU-R P.525, 32.45 constant as in
 * NTIA ITM and docs/domain.md). Not defined at d = 0 (returns −Infinity there); the caller chooses a minimum.
 */
export function freeSpacePathLossDb({ frequencyMHz, distanceKm }: FreeSpaceOptions): number {
  assertFinite('frequencyMHz', frequencyMHz, 0, false);
  assertFinite('distanceKm', distanceKm, 0, true);
  return FSPL_CONSTANT_MHZ_KM_DB + 20 * Math.log10(frequencyMHz) + 20 * Math.log10(distanceKm);
}

export interface FreeSpace38901Options {
  fcGHz: number;
  d3dM: number;
}

/** Free-space path loss in dB in the 3GPP TR 38.901 form: 32.4 + 20·log10(fc_GHz) + 20·log10(d3D_m). */
export function freeSpacePathLoss38901Db({ fcGHz, d3dM }: FreeSpace38901Options): number {
  assertFinite('fcGHz', fcGHz, 0, false);
  assertFinite('d3dM', d3dM, 0, true);
  return FSPL_CONSTANT_38901_DB + 20 * Math.log10(fcGHz) + 20 * Math.log10(d3dM);
}

/**
 * Free space as a path-loss model result (σSF = 0, no validity range): the 32.45-constant form at d3D.
 * Distances below 1 m are evaluated at 1 m (near field; keeps the value finite).
 */
export function freeSpacePathLoss({ fcGHz, d3dM }: FreeSpace38901Options): PathLossResult {
  const pathLossDb = freeSpacePathLossDb({ frequencyMHz: fcGHz * 1000, distanceKm: Math.max(d3dM, 1) / 1000 });
  return { pathLossDb, shadowFadingStdDb: 0, warnings: [] };
}
