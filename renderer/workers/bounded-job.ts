import { IMPORT_LIMITS, parseFailureProblem } from '../../core/io/limits';
import type { Problem } from '../../core/project/problem';

/** A job running in a web worker: its answer, and cancel() which terminates the worker. */
export interface BoundedJob<T> {
  result: Promise<T>;
  cancel(): void;
}

/** The worker gave no answer: it was stopped after the time limit, or it failed (e.g. ran out of memory). */
export class WorkerFailure extends Error {
  constructor(
    readonly reason: 'timeout' | 'crash',
    detail: string,
  ) {
    super(detail);
  }
}

/**
 * Posts one request to a fresh worker and resolves with its one answer. The worker is terminated when it
 * answers, when `cancel()` is called (the promise rejects with an AbortError), when it fails (WorkerFailure
 * 'crash') or when `timeoutMs` passes (WorkerFailure 'timeout'): a hostile file can never hang the app.
 */
export function runBoundedWorker<Req, Res>(
  worker: Worker,
  request: Req,
  options: { timeoutMs?: number; transfer?: Transferable[] } = {},
): BoundedJob<Res> {
  let settle: ((outcome: { ok: true; value: Res } | { ok: false; error: Error }) => void) | null = null;
  const done = new Promise<{ ok: true; value: Res } | { ok: false; error: Error }>((resolve) => (settle = resolve));
  const finish = (outcome: { ok: true; value: Res } | { ok: false; error: Error }) => {
    worker.terminate();
    clearTimeout(timer);
    settle?.(outcome);
    settle = null;
  };
  const timer = setTimeout(
    () => finish({ ok: false, error: new WorkerFailure('timeout', 'timeout') }),
    options.timeoutMs ?? IMPORT_LIMITS.parseTimeoutMs,
  );
  worker.onmessage = (event: MessageEvent<Res>) => finish({ ok: true, value: event.data });
  worker.onerror = (event) => {
    event.preventDefault();
    finish({ ok: false, error: new WorkerFailure('crash', event.message || 'worker failed') });
  };
  worker.onmessageerror = () => finish({ ok: false, error: new WorkerFailure('crash', 'unreadable answer') });
  worker.postMessage(request, options.transfer ?? []);
  return {
    result: done.then((outcome) => {
      if (outcome.ok) return outcome.value;
      throw outcome.error;
    }),
    cancel: () => finish({ ok: false, error: new DOMException('Canceled', 'AbortError') }),
  };
}

/** The located problem for a worker that gave no answer about `file`. */
export function workerFailureProblem(file: string, error: WorkerFailure, timeoutMs: number): Problem {
  if (error.reason === 'timeout')
    return parseFailureProblem(file, { reason: 'timeout', seconds: Math.round(timeoutMs / 1000) });
  // A browser worker that runs out of memory dies with an error event and no detail worth showing.
  if (/memory|allocation/i.test(error.message)) return parseFailureProblem(file, { reason: 'memory', memoryMb: null });
  return parseFailureProblem(file, { reason: 'crash', detail: error.message });
}

/**
 * Stops a running job (its cancel() terminates the worker) when it has not answered within `timeoutMs`; the
 * result then rejects with WorkerFailure 'timeout'. For workers created elsewhere (e.g. the elevation-model reader).
 */
export function withTimeout<T>(job: BoundedJob<T>, timeoutMs: number = IMPORT_LIMITS.parseTimeoutMs): BoundedJob<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      job.cancel();
      reject(new WorkerFailure('timeout', 'timeout'));
    }, timeoutMs);
  });
  const result = Promise.race([job.result, timeout]).finally(() => clearTimeout(timer));
  // The cancelled job's own AbortError is not the answer any more.
  job.result.catch(() => undefined);
  return { result, cancel: job.cancel };
}
