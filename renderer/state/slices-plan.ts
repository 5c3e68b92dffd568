import type { Problem } from '../../core/project/problem';
import type { Project } from '../../core/project/schema';
import type { SlicePlan } from '../../core/slices';
import type { TermsProfile } from '../../core/terms/schema';

/**
 * The last slice plan (session state, never saved): the result of the worker, the hash of the
 * inputs it was computed from (to mark it stale after edits) and whether a calculation runs.
 */
export interface SlicePlanState {
  busy: boolean;
  /** Hash of the inputs of `result`, null before the first calculation. */
  inputsHash: string | null;
  result: { ok: true; plan: SlicePlan; warnings: Problem[] } | { ok: false; problems: Problem[] } | null;
}

export const EMPTY_SLICE_PLAN: SlicePlanState = { busy: false, inputsHash: null, result: null };

/**
 * A key of everything planSlices reads: slices, sites with their cells, areas, corridors, the profile, the TDD
 * pattern, the radio settings (noise figure) and the calibration.
 */
export function slicePlanInputsHash(project: Project, profile: TermsProfile): string {
  return JSON.stringify([
    project.slices,
    project.sites,
    project.areas,
    project.corridors,
    profile,
    project.request.tddPattern,
    project.calibration,
    project.radio,
  ]);
}

/**
 * What the request checks learn from the slice plan: the bandwidth a fresh plan asks for, that a fresh plan found
 * none that carries every slice, or (no fresh plan) that the slices are unsized; nothing without slices.
 */
export function slicesNeedForRequest(
  state: SlicePlanState,
  currentHash: string,
  sliceCount: number,
): { requiredBandwidthMHz?: number; slicesUnsized?: boolean; slicesInfeasible?: boolean } {
  if (sliceCount === 0) return {};
  const need = plannedBandwidthMHz(state, currentHash);
  if (need !== undefined) return { requiredBandwidthMHz: need };
  return state.inputsHash === currentHash && state.result?.ok ? { slicesInfeasible: true } : { slicesUnsized: true };
}

/** The bandwidth a fresh plan asks for, MHz (feasible, else conditional), or undefined when none or stale. */
export function plannedBandwidthMHz(state: SlicePlanState, currentHash: string): number | undefined {
  if (state.inputsHash !== currentHash || !state.result?.ok) return undefined;
  const { plan } = state.result;
  return plan.bandwidthMHz ?? plan.conditionalBandwidthMHz ?? undefined;
}
