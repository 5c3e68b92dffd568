import { IMPORT_LIMITS } from '../../../core/io/limits';
import type { ImportFileResult } from '../../../core/io/import-file';
import { runBoundedWorker, WorkerFailure, workerFailureProblem, type BoundedJob } from '../../workers/bounded-job';
import type { ImportRequest, ImportResponse } from '../../workers/import-worker';

/** A running parse: its result, and cancel() which terminates the worker. */
export type ParseJob = BoundedJob<{ result: ImportFileResult; csvHeaders: string[] | null }>;

/**
 * Parses an import file in a web worker so large files never block the UI; the worker is stopped after
 * IMPORT_LIMITS.parseTimeoutMs, and a worker that times out or fails answers as a located problem.
 */
export function parseInWorker(request: ImportRequest): ParseJob {
  const worker = new Worker(new URL('../../workers/import-worker.ts', import.meta.url), { type: 'module' });
  const timeoutMs = IMPORT_LIMITS.parseTimeoutMs;
  // Copy the bytes: the dialog keeps its own for re-parsing with another column mapping.
  const job = runBoundedWorker<ImportRequest, ImportResponse>(
    worker,
    { ...request, bytes: request.bytes.slice() },
    { timeoutMs },
  );
  const failed = (error: WorkerFailure) => ({
    result: { ok: false as const, problems: [workerFailureProblem(request.name, error, timeoutMs)] },
    csvHeaders: null,
  });
  return {
    result: job.result.then(
      (response) =>
        response.ok
          ? { result: response.result, csvHeaders: response.csvHeaders }
          : failed(new WorkerFailure('crash', response.error)),
      (error: unknown) => {
        if (error instanceof WorkerFailure) return failed(error);
        throw error;
      },
    ),
    cancel: job.cancel,
  };
}
