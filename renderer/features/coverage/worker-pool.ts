import type { CoverageWorkerRequest, CoverageWorkerResponse } from '../../workers/coverage-worker';

/** A request the pool hands to a worker, with the job setup it needs first (sent once per worker and job). */
export interface PoolTask {
  request: Extract<CoverageWorkerRequest, { taskId: number }>;
  setup?: Extract<CoverageWorkerRequest, { kind: 'setup' }>;
  transfer?: Transferable[];
  /** Only the first `slots` workers take this task (e.g. to bound the copies of a large terrain model). */
  slots?: number;
  onProgress?(fraction: number): void;
  onDone(response: CoverageWorkerResponse): void;
  onError(error: Error): void;
}

interface Slot {
  worker: Worker;
  task: PoolTask | null;
  jobId: number | null;
}

/**
 * A fixed set of coverage workers kept alive between runs (spawning one and loading its module costs a noticeable
 * part of a second), each taking the next queued task when it is free. warm() starts them ahead of the first run;
 * cancel() terminates them all (a kernel call cannot be interrupted otherwise) and drops the queue.
 */
export class WorkerPool {
  private slots: Slot[] = [];
  private queue: PoolTask[] = [];

  constructor(
    readonly size: number,
    private readonly spawn: () => Worker,
  ) {}

  /** Starts the workers now, so a run does not wait for them. */
  warm(): void {
    while (this.slots.length < this.size) this.slots.push(this.start());
  }

  /** Queues tasks (in order); free workers take them at once. */
  submit(tasks: readonly PoolTask[]): void {
    this.queue.push(...tasks);
    this.warm();
    this.slots.forEach((slot, index) => this.next(slot, index));
  }

  /** Terminates every worker and forgets queued tasks (their callbacks are not called). */
  cancel(): void {
    for (const slot of this.slots) slot.worker.terminate();
    this.slots = [];
    this.queue = [];
  }

  private start(): Slot {
    const slot: Slot = { worker: this.spawn(), task: null, jobId: null };
    slot.worker.onmessage = (event: MessageEvent<CoverageWorkerResponse>) => {
      const task = slot.task;
      const message = event.data;
      if (!task) return;
      if (message.kind === 'progress') return task.onProgress?.(message.fraction);
      // Hand the worker its next task before the (possibly heavy) handling of this result.
      slot.task = null;
      this.next(slot, this.slots.indexOf(slot));
      if (message.kind === 'error') task.onError(new Error(message.message));
      else task.onDone(message);
    };
    slot.worker.onerror = (event) => {
      const task = slot.task;
      slot.task = null;
      task?.onError(new Error(event.message || 'coverage worker failed'));
    };
    return slot;
  }

  private next(slot: Slot, index: number): void {
    if (slot.task || index < 0) return;
    const at = this.queue.findIndex((t) => t.slots === undefined || index < t.slots);
    if (at < 0) return;
    const [task] = this.queue.splice(at, 1) as [PoolTask];
    slot.task = task;
    if (task.setup && slot.jobId !== task.setup.jobId) {
      slot.worker.postMessage(task.setup);
      slot.jobId = task.setup.jobId;
    }
    slot.worker.postMessage(task.request, task.transfer ?? []);
  }
}
