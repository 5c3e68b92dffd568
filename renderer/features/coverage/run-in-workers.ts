import type { CoverageOptions, CoverageRaster, RadioCell } from '../../../core/coverage';
import type { GridSpec } from '../../../core/geo/grid';
import type { ElevationModels, LoadElevationResult } from '../../../core/terrain';
import type { CoverageWorkerRequest, CoverageWorkerResponse } from '../../workers/coverage-worker';
import type { AreaInput, AreaOutput, PointsInput, PointsOutput } from './coverage-analysis';
import type { TerrainFile } from './terrain-files';
import { rowsGrid, type JobPlan, type RowRange } from './job-plan';
import { coarseRows, rasterLike, upsampleInto, writeRows } from './progressive-raster';
import { WorkerPool, type PoolTask } from './worker-pool';

/** A running job: its result, and cancel() which terminates the workers (the promise rejects with AbortError). */
export interface WorkerJob<T> {
  result: Promise<T>;
  cancel(): void;
}

function spawn(): Worker {
  return new Worker(new URL('../../workers/coverage-worker.ts', import.meta.url), { type: 'module' });
}

const aborted = () => new DOMException('Coverage canceled', 'AbortError');

/** Workers for coverage: one per core (at most 16). */
export const COVERAGE_WORKERS = Math.max(1, Math.min(globalThis.navigator?.hardwareConcurrency || 2, 16));

let pool: WorkerPool | null = null;
function thePool(): WorkerPool {
  return (pool ??= new WorkerPool(COVERAGE_WORKERS, spawn));
}

/** Starts the coverage workers ahead of a run (e.g. when the coverage panel opens). */
export function warmCoverageWorkers(): void {
  thePool().warm();
}

let nextId = 1;

/** What a progressive run reports while it goes. */
export interface ProgressiveCallbacks {
  /** Overall progress 0…1, weighted by pixels. */
  onProgress(fraction: number): void;
  /** The full-grid raster changed: `rows` of it are new (the first call: the coarse pass, or the first band). */
  onRows(raster: CoverageRaster, rows: RowRange, coarse: boolean): void;
}

/**
 * Runs a planned job (job-plan.ts) on the worker pool: the coarse bands, then the fine bands in plan order, each on
 * the next free worker. Results go straight into one full-grid raster: the coarse pass upsampled first, fine bands
 * written over it as they arrive (typed arrays are transferred from the workers, then copied in; nothing else is
 * kept). Resolves with that raster when every fine band is in.
 */
export function runProgressive(
  job: {
    cells: RadioCell[];
    grid: GridSpec;
    options: Partial<CoverageOptions>;
    terrain: ElevationModels | null;
    /** pointTableSpanM of the run: its bands, coarse pass and points share one set of tables. */
    tableSpanM: number;
  },
  plan: JobPlan,
  callbacks: ProgressiveCallbacks,
  maxWorkers = COVERAGE_WORKERS,
): WorkerJob<CoverageRaster> {
  const jobId = nextId++;
  const setup: CoverageWorkerRequest = {
    kind: 'setup',
    jobId,
    cells: job.cells,
    options: job.options,
    terrain: job.terrain,
    tableSpanM: job.tableSpanM,
  };
  const coarse = plan.coarse;
  const coarsePixels = coarse ? coarse.grid.width * coarse.grid.height : 0;
  const totalPixels = coarsePixels + job.grid.width * job.grid.height;
  const doneByTask = new Map<number, number>();
  const report = () => {
    let sum = 0;
    for (const v of doneByTask.values()) sum += v;
    callbacks.onProgress(sum / totalPixels);
  };
  let target: CoverageRaster | null = null;
  let reject: (error: unknown) => void = () => undefined;
  const result = new Promise<CoverageRaster>((resolve, fail) => {
    reject = fail;
    let fineLeft = plan.fine.length;
    const task = (grid: GridSpec, onRaster: (raster: CoverageRaster) => void): PoolTask => {
      const taskId = nextId++;
      const pixels = grid.width * grid.height;
      return {
        setup,
        slots: maxWorkers,
        request: { kind: 'strip', jobId, taskId, grid },
        onProgress: (fraction) => {
          doneByTask.set(taskId, fraction * pixels);
          report();
        },
        onDone: (message) => {
          if (message.kind !== 'strip') return fail(new Error(`unexpected ${message.kind}`));
          doneByTask.set(taskId, pixels);
          report();
          onRaster(message.raster);
        },
        onError: fail,
      };
    };
    const fineRow = new Uint8Array(job.grid.height);
    const coarseTasks = (coarse?.bands ?? []).map((band) =>
      task(rowsGrid(coarse!.grid, band), (raster) => {
        target ??= rasterLike(job.grid, raster);
        // A worker may finish a fine band before another finishes its coarse one: never paint coarse over fine.
        upsampleInto(target, raster, coarse!.factor, band.row0, (row) => fineRow[row] === 1);
        callbacks.onRows(target, coarseRows(band, coarse!.factor, job.grid.height), true);
      }),
    );
    const fineTasks = plan.fine.map((band) =>
      task(rowsGrid(job.grid, band), (raster) => {
        target ??= rasterLike(job.grid, raster);
        writeRows(target, raster, band.row0);
        fineRow.fill(1, band.row0, band.row1);
        callbacks.onRows(target, band, false);
        if (--fineLeft === 0) resolve(target);
      }),
    );
    thePool().submit([...coarseTasks, ...fineTasks]);
  });
  return {
    result,
    cancel() {
      thePool().cancel();
      reject(aborted());
    },
  };
}

/** Statistics, outlines and gaps of a finished raster, and coverage at sites and corridors, in two pool workers. */
export function analyseInPool(area: AreaInput, points: PointsInput): WorkerJob<AreaOutput & PointsOutput> {
  let reject: (error: unknown) => void = () => undefined;
  const one = <T>(
    request: Extract<CoverageWorkerRequest, { taskId: number }>,
    pick: (m: CoverageWorkerResponse) => T,
    transfer: Transferable[] = [],
  ) =>
    new Promise<T>((resolve, fail) => {
      thePool().submit([{ request, transfer, onDone: (m) => resolve(pick(m)), onError: fail }]);
    });
  const result = new Promise<AreaOutput & PointsOutput>((resolve, fail) => {
    reject = fail;
    const { raster } = area;
    // Copies of the arrays the area step reads: the raster itself stays with the result.
    const sent: AreaInput = {
      ...area,
      raster: {
        grid: raster.grid,
        cellIds: raster.cellIds,
        rsrpDbm: raster.rsrpDbm.slice(),
        sinrDb: raster.sinrDb ? raster.sinrDb.slice() : null,
        bestServer: raster.bestServer.slice(),
      },
    };
    const copies: Transferable[] = [sent.raster.rsrpDbm.buffer, sent.raster.bestServer.buffer];
    if (sent.raster.sinrDb) copies.push(sent.raster.sinrDb.buffer);
    Promise.all([
      one({ kind: 'area', taskId: nextId++, input: sent }, (m) => (m.kind === 'area' ? m.output : null), copies),
      one({ kind: 'points', taskId: nextId++, input: points }, (m) => (m.kind === 'points' ? m.output : null)),
    ]).then(([a, p]) => (a && p ? resolve({ ...a, ...p }) : fail(new Error('unexpected worker answer'))), fail);
  });
  return {
    result,
    cancel() {
      thePool().cancel();
      reject(aborted());
    },
  };
}

/** One request to a worker of its own (terminated when it answers); progress messages go to onProgress. */
function once<T>(
  request: CoverageWorkerRequest,
  pick: (m: CoverageWorkerResponse) => T | undefined,
  onProgress?: (fraction: number) => void,
): WorkerJob<T> {
  const worker = spawn();
  let reject: (error: unknown) => void = () => undefined;
  const result = new Promise<T>((resolve, fail) => {
    reject = fail;
    worker.onmessage = (event: MessageEvent<CoverageWorkerResponse>) => {
      if (event.data.kind === 'error') return fail(new Error(event.data.message));
      if (event.data.kind === 'progress') return onProgress?.(event.data.fraction);
      const value = pick(event.data);
      if (value !== undefined) resolve(value);
    };
    worker.onerror = (event) => fail(new Error(event.message || 'coverage worker failed'));
  });
  worker.postMessage(request);
  const stop = () => worker.terminate();
  void result.then(stop, stop);
  return {
    result,
    cancel() {
      worker.terminate();
      reject(aborted());
    },
  };
}

/**
 * Builds elevation models from chosen files (a folder of GeoTIFF tiles, a VRT and its tiles, or one GeoTIFF) in a
 * worker, reading only the slices it needs of each File; progress 0…1; cancel() terminates the worker.
 */
export function readTerrainInWorker(
  files: TerrainFile[],
  as: 'DTM' | 'DSM' | undefined,
  onProgress: (fraction: number) => void,
): WorkerJob<LoadElevationResult> {
  return once(
    { kind: 'terrain', files, ...(as ? { as } : {}) },
    (m) => (m.kind === 'terrain' ? m.result : undefined),
    onProgress,
  );
}
