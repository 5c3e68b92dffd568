import type { Result } from '../../core/project/problem';
import type { Project } from '../../core/project/schema';
import { planSlices, type SlicePlan } from '../../core/slices';
import type { TermsProfile } from '../../core/terms/schema';

/** A planning request: the project and its terms profile (plain data, no functions). */
export interface SlicePlanRequest {
  project: Project;
  profile: TermsProfile;
}

/** The answer: planSlices' result, or a bug message when it threw. */
export type SlicePlanResponse = { ok: true; result: Result<SlicePlan> } | { ok: false; error: string };

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<SlicePlanRequest>) => void) | null;
  postMessage(message: SlicePlanResponse): void;
};

scope.onmessage = (event) => {
  const { project, profile } = event.data;
  try {
    scope.postMessage({ ok: true, result: planSlices(project, { profile }) });
  } catch (error) {
    scope.postMessage({ ok: false, error: error instanceof Error ? error.message : String(error) });
  }
};
