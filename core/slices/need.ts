import type { SlicePlan } from './plan';

/**
 * What a lease request needs to know of the slice plan: the bandwidth that carries every slice (feasible, else
 * feasible with conditions), or, when no allowed bandwidth does, the largest one it assessed them at.
 */
export type SlicesNeed = { requiredBandwidthMHz: number } | { slicesExceedMHz: number };

/** The request's view of a slice plan (SlicePlan.bandwidthMHz, else conditionalBandwidthMHz, else exceeded). */
export function slicesNeedOf(plan: SlicePlan): SlicesNeed {
  const need = plan.bandwidthMHz ?? plan.conditionalBandwidthMHz;
  return need === null ? { slicesExceedMHz: plan.assessedBandwidthMHz } : { requiredBandwidthMHz: need };
}
