import { translator } from '../../i18n';
import { appStore } from '../../state/store';
import { slicePlanInputsHash } from '../../state/slices-plan';
import { projectTerms } from '../../terms/catalog';
import { planInWorker, type SlicePlanJob } from './plan-in-worker';

let job: SlicePlanJob | null = null;

/**
 * "Beregn": plans the project's slices against its terms profile in a worker. A newer calculation
 * cancels the running one; the result is stored with the hash of the inputs it was computed from.
 */
export function calculateSlicePlan(): void {
  job?.cancel();
  const { project } = appStore.getState();
  const { profile } = projectTerms(project);
  const inputsHash = slicePlanInputsHash(project, profile);
  const set = (slicePlan: Partial<ReturnType<typeof appStore.getState>['slicePlan']>) =>
    appStore.setState((s) => ({ slicePlan: { ...s.slicePlan, ...slicePlan } }));
  set({ busy: true });
  const current = planInWorker({ project, profile });
  job = current;
  current.result.then(
    (result) => {
      if (job !== current) return;
      job = null;
      set({
        busy: false,
        inputsHash,
        result: result.ok
          ? { ok: true, plan: result.value, warnings: result.warnings }
          : { ok: false, problems: result.problems },
      });
    },
    (error: unknown) => {
      if (error instanceof DOMException && error.name === 'AbortError') return;
      if (job === current) job = null;
      set({ busy: false });
      const { openDialog, lang } = appStore.getState();
      openDialog({ kind: 'error', message: translator(lang)('slices.error', { message: String(error) }) });
    },
  );
}
