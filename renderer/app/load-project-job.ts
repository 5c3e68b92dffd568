import { IMPORT_LIMITS } from '../../core/io/limits';
import type { LoadInfo } from '../../core/project/load';
import type { Result } from '../../core/project/problem';
import { runBoundedWorker, WorkerFailure, workerFailureProblem, type BoundedJob } from '../workers/bounded-job';
import type { ProjectRequest, ProjectResponse } from '../workers/project-worker';

/**
 * Parses, migrates and validates a project file in a web worker, so a large file never freezes the window
 * (H4: a 76 MB project blocked the UI thread for 14 s). A worker that times out or fails becomes a located
 * problem; cancel() terminates it.
 */
export function loadProjectInWorker(name: string, text: string): BoundedJob<Result<LoadInfo>> {
  const worker = new Worker(new URL('../workers/project-worker.ts', import.meta.url), { type: 'module' });
  const timeoutMs = IMPORT_LIMITS.parseTimeoutMs;
  const job = runBoundedWorker<ProjectRequest, ProjectResponse>(worker, { name, text }, { timeoutMs });
  return {
    result: job.result.then(
      (response): Result<LoadInfo> => {
        if (response.ok) return response.result;
        return {
          ok: false,
          problems: [workerFailureProblem(name, new WorkerFailure('crash', response.error), timeoutMs)],
        };
      },
      (error: unknown): Result<LoadInfo> => {
        if (!(error instanceof WorkerFailure)) throw error;
        return { ok: false, problems: [workerFailureProblem(name, error, timeoutMs)] };
      },
    ),
    cancel: job.cancel,
  };
}
