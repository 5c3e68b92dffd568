import { o2iLoss } from '../radio';

/** Where the receivers are: outdoors, or indoors behind a TR 38.901 low- or high-loss building wall. */
export type TargetLocation = 'outdoor' | 'indoor-low-loss' | 'indoor-high-loss';

export const TARGET_LOCATIONS: readonly TargetLocation[] = ['outdoor', 'indoor-low-loss', 'indoor-high-loss'];

/**
 * Median building-entry loss in dB for the receivers (3GPP TR 38.901 §7.4.3.1, Table 7.4.3-2,
 * through-wall part only), to pass as `extraLossDb` to radioCellsOf. 0 outdoors.
 */
export function indoorLossDb(target: TargetLocation, fcGHz: number): number {
  if (target === 'outdoor') return 0;
  return o2iLoss({ model: target === 'indoor-low-loss' ? 'low-loss' : 'high-loss', fcGHz }).wallLossDb;
}
