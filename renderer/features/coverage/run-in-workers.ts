import type { CoverageOptions, CoverageRaster, RadioCell } from '../../../core/coverage';
import type { GridSpec } from '../../../core/geo/grid';
import type { ElevationModels, LoadElevationResult } from '../../../core/terrain';
import type { CoverageWorkerRequest, CoverageWorkerResponse } from '../../workers/coverage-worker';
import type { AnalysisInput, AnalysisOutput } from './coverage-analysis';
import type { TerrainFile } from './terrain-files';

/** A running job: its result, and cancel() which terminates every worker (the promise rejects with AbortError). */
export interface WorkerJob<T> {
  result: Promise<T>;
  cancel(): void;
}

function spawn(): Worker {
  return new Worker(new URL('../../workers/coverage-worker.ts', import.meta.url), { type: 'module' });
}

const aborted = () => new DOMException('Coverage canceled', 'AbortError');

/** Splits `grid` into at most `count` horizontal strips of whole rows, north to south. */
export function splitGrid(grid: GridSpec, count: number): GridSpec[] {
  const n = Math.max(1, Math.min(count, grid.height));
  const strips: GridSpec[] = [];
  let row = 0;
  for (let i = 0; i < n; i++) {
    const rows = Math.floor(grid.height / n) + (i < grid.height % n ? 1 : 0);
    strips.push({ ...grid, originN: grid.originN - row * grid.resolutionM, height: rows });
    row += rows;
  }
  return strips;
}

/** Joins strips (north to south) back into one raster on `grid`. */
export function mergeStrips(grid: GridSpec, strips: readonly CoverageRaster[]): CoverageRaster {
  const first = strips[0];
  if (!first) throw new Error('no strips');
  const n = grid.width * grid.height;
  const rsrpDbm = new Float32Array(n);
  const sinrDb = first.sinrDb ? new Float32Array(n) : null;
  const bestServer = new Int16Array(n);
  let offset = 0;
  const seen = new Set<string>();
  for (const strip of strips) {
    rsrpDbm.set(strip.rsrpDbm, offset);
    if (sinrDb && strip.sinrDb) sinrDb.set(strip.sinrDb, offset);
    bestServer.set(strip.bestServer, offset);
    offset += strip.rsrpDbm.length;
  }
  const warnings = strips.flatMap((s) => s.warnings).filter((w) => (seen.has(w.en) ? false : (seen.add(w.en), true)));
  return { ...first, grid, rsrpDbm, sinrDb, bestServer, warnings };
}

/**
 * Runs the coverage kernel over `grid` on `workerCount` web workers (one horizontal strip each, same cells), reports
 * the combined progress 0…1 and resolves with the merged raster. Typed arrays are transferred, not copied.
 */
export function runCoverageInWorkers(
  job: { cells: RadioCell[]; grid: GridSpec; options: Partial<CoverageOptions>; terrain: ElevationModels | null },
  workerCount: number,
  onProgress: (fraction: number) => void,
): WorkerJob<CoverageRaster> {
  const strips = splitGrid(job.grid, workerCount);
  const workers = strips.map(() => spawn());
  const fractions = strips.map(() => 0);
  const rows = job.grid.height;
  let reject: (error: unknown) => void = () => undefined;
  const result = new Promise<CoverageRaster>((resolve, fail) => {
    reject = fail;
    const done: (CoverageRaster | null)[] = strips.map(() => null);
    workers.forEach((worker, i) => {
      worker.onmessage = (event: MessageEvent<CoverageWorkerResponse>) => {
        const message = event.data;
        if (message.kind === 'progress') {
          fractions[i] = message.fraction;
          onProgress(strips.reduce((sum, s, k) => sum + (fractions[k] as number) * s.height, 0) / rows);
        } else if (message.kind === 'strip') {
          done[i] = message.raster;
          worker.terminate();
          if (done.every((d) => d !== null)) resolve(mergeStrips(job.grid, done as CoverageRaster[]));
        } else if (message.kind === 'error') fail(new Error(message.message));
      };
      worker.onerror = (event) => fail(new Error(event.message || 'coverage worker failed'));
      const request: CoverageWorkerRequest = { kind: 'strip', ...job, grid: strips[i] as GridSpec };
      worker.postMessage(request);
    });
  });
  const stopAll = () => workers.forEach((w) => w.terminate());
  void result.then(stopAll, stopAll);
  return {
    result,
    cancel() {
      stopAll();
      reject(aborted());
    },
  };
}

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
  void result.then(
    () => worker.terminate(),
    () => worker.terminate(),
  );
  return {
    result,
    cancel() {
      worker.terminate();
      reject(aborted());
    },
  };
}

/** Contours, gaps and statistics of a merged raster, in a worker (turf differences can take a moment). */
export function analyseInWorker(input: AnalysisInput): WorkerJob<AnalysisOutput> {
  return once({ kind: 'analyse', input }, (m) => (m.kind === 'analysed' ? m.output : undefined));
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
