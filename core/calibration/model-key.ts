import type { LosMode } from '../coverage/options';
import type { Environment } from '../project/schema';
import { AERIAL_RANGES, INH_RANGES, RMA_RANGES, UMA_RANGES, UMI_RANGES } from '../radio';
import type { CalibrationModel } from './schema';

/** The calibration model of a cell's scenario: `UMa`, or `UMa-AV` when the TR 36.777 aerial model applies. */
export function calibrationModelOf(environment: Environment, aerial: boolean): CalibrationModel {
  return aerial ? (`${environment}-AV` as CalibrationModel) : environment;
}

/** Why a measurement lies outside the model: its distance or its receiver height. */
export type ValidityProblem = 'distance' | 'height' | null;

type Range = readonly [number, number];

function ranges(environment: Environment, aerial: boolean, losMode: LosMode): { d: Range; h: Range | null } {
  if (aerial) {
    const d = (AERIAL_RANGES.d2dM as Record<string, Range>)[`${environment}-AV`] ?? AERIAL_RANGES.d2dM['UMa-AV'];
    return { d, h: AERIAL_RANGES.hUtM };
  }
  if (environment === 'RMa')
    return { d: losMode === 'los' ? RMA_RANGES.d2dLosM : RMA_RANGES.d2dNlosM, h: RMA_RANGES.hUtM };
  if (environment === 'UMa') return { d: UMA_RANGES.d2dM, h: UMA_RANGES.hUtM };
  if (environment === 'UMi') return { d: UMI_RANGES.d2dM, h: UMI_RANGES.hUtM };
  return { d: INH_RANGES.d3dM, h: null };
}

/**
 * Whether a link lies inside the validity ranges of TR 38.901 Table 7.4.1-1 (TR 36.777 Table B-2 when aerial):
 * d2D (InH: d3D), and hUT. RMa blends use the NLOS range (≤ 5 km), since beyond it the NLOS part is extrapolated.
 */
export function validityProblem(
  environment: Environment,
  aerial: boolean,
  losMode: LosMode,
  link: { d2dM: number; hBsM: number; hUtM: number },
): ValidityProblem {
  const { d, h } = ranges(environment, aerial, losMode);
  const dist = environment === 'InH' ? Math.hypot(link.d2dM, link.hBsM - link.hUtM) : link.d2dM;
  if (dist < d[0] || dist > d[1]) return 'distance';
  if (h && (link.hUtM < h[0] || link.hUtM > h[1])) return 'height';
  return null;
}
