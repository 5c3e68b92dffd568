import type { Problem } from '../../core/project/problem';
import type { Project } from '../../core/project/schema';
import { slicesNeedOf, type SlicePlan, type SlicesNeed } from '../../core/slices';
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

/** What a fresh plan asks of the request (slicesNeedOf), or undefined when there is none or it is stale. */
export function plannedSlicesNeed(state: SlicePlanState, currentHash: string): SlicesNeed | undefined {
  if (state.inputsHash !== currentHash || !state.result?.ok) return undefined;
  return slicesNeedOf(state.result.plan);
}
