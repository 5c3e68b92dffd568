import type { Result } from '../../../core/project/problem';
import type { SlicePlan } from '../../../core/slices';
import type { SlicePlanRequest, SlicePlanResponse } from '../../workers/slices-worker';

/** A running slice plan: its result, and cancel() which terminates the worker. */
export interface SlicePlanJob {
  result: Promise<Result<SlicePlan>>;
  cancel(): void;
}

/** Runs planSlices (coverage rasters included, about a second) in a web worker so the UI stays responsive. */
export function planInWorker(request: SlicePlanRequest): SlicePlanJob {
  const worker = new Worker(new URL('../../workers/slices-worker.ts', import.meta.url), { type: 'module' });
  let settle: ((response: SlicePlanResponse | null) => void) | null = null;
  const done = new Promise<SlicePlanResponse | null>((resolve) => (settle = resolve));
  worker.onmessage = (event: MessageEvent<SlicePlanResponse>) => settle?.(event.data);
  worker.onerror = (event) => settle?.({ ok: false, error: event.message || 'worker failed' });
  worker.postMessage(request);
  const result = done.then((response) => {
    worker.terminate();
    if (response === null) throw new DOMException('Slice plan canceled', 'AbortError');
    if (!response.ok) throw new Error(response.error);
    return response.result;
  });
  return {
    result,
    cancel() {
      worker.terminate();
      settle?.(null);
    },
  };
}
