import { coverageJob, type CoverageRaster } from '../../core/coverage/kernel';
import type { CoverageOptions } from '../../core/coverage/options';
import type { RadioCell } from '../../core/coverage/cells';
import { terrainExtraLossForCells } from '../../core/coverage/terrain';
import type { GridSpec } from '../../core/geo/grid';
import type { Result } from '../../core/project/problem';
import { readElevationGeoTiff, type Dem } from '../../core/terrain';
import {
  analyseArea,
  analysePoints,
  type AreaInput,
  type AreaOutput,
  type PointsInput,
  type PointsOutput,
} from '../features/coverage/coverage-analysis';

/**
 * Requests: `setup` hands a job's cells, options and terrain model to the worker once; `strip` computes a band of
 * rows of that job (its own grid); `area` and `points` are the post-processing of a finished raster; `dem` reads a
 * GeoTIFF elevation model.
 */
export type CoverageWorkerRequest =
  | { kind: 'setup'; jobId: number; cells: RadioCell[]; options: Partial<CoverageOptions>; dem: Dem | null }
  | { kind: 'strip'; jobId: number; taskId: number; grid: GridSpec }
  | { kind: 'area'; taskId: number; input: AreaInput }
  | { kind: 'points'; taskId: number; input: PointsInput }
  | { kind: 'dem'; name: string; bytes: Uint8Array };

export type CoverageWorkerResponse =
  | { kind: 'progress'; taskId: number; fraction: number }
  | { kind: 'strip'; taskId: number; raster: CoverageRaster }
  | { kind: 'area'; taskId: number; output: AreaOutput }
  | { kind: 'points'; taskId: number; output: PointsOutput }
  | { kind: 'dem'; result: Result<Dem> }
  | { kind: 'error'; taskId?: number; message: string };

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<CoverageWorkerRequest>) => void) | null;
  postMessage(message: CoverageWorkerResponse, transfer?: Transferable[]): void;
};

let job: Extract<CoverageWorkerRequest, { kind: 'setup' }> | null = null;

function runStrip(taskId: number, grid: GridSpec): void {
  if (!job) throw new Error('strip before setup');
  const { cells, options, dem } = job;
  // The terrain pass is about half the work with a DEM: report it as the first half of the progress.
  const terrainShare = dem ? 0.5 : 0;
  const extraLossDb = dem
    ? terrainExtraLossForCells(dem, cells, grid, { rxHeightM: options.rxHeightM ?? 1.5 })
    : undefined;
  if (dem) scope.postMessage({ kind: 'progress', taskId, fraction: terrainShare });
  const run = coverageJob({ cells, grid, options, ...(extraLossDb ? { extraLossDb } : {}) });
  for (;;) {
    const step = run.next();
    if (step.done) {
      const raster = step.value;
      const transfer: Transferable[] = [raster.rsrpDbm.buffer, raster.bestServer.buffer];
      if (raster.sinrDb) transfer.push(raster.sinrDb.buffer);
      scope.postMessage({ kind: 'strip', taskId, raster }, transfer);
      return;
    }
    scope.postMessage({ kind: 'progress', taskId, fraction: terrainShare + (1 - terrainShare) * step.value });
  }
}

scope.onmessage = (event) => {
  const request = event.data;
  const taskId = 'taskId' in request ? request.taskId : undefined;
  try {
    if (request.kind === 'setup') job = request;
    else if (request.kind === 'strip') runStrip(request.taskId, request.grid);
    else if (request.kind === 'area')
      scope.postMessage({ kind: 'area', taskId: request.taskId, output: analyseArea(request.input) });
    else if (request.kind === 'points')
      scope.postMessage({ kind: 'points', taskId: request.taskId, output: analysePoints(request.input) });
    else
      void readElevationGeoTiff(request.bytes, { file: request.name }).then(
        (result) => scope.postMessage({ kind: 'dem', result }, result.ok ? [result.value.values.buffer] : []),
        (error: unknown) => scope.postMessage({ kind: 'error', message: String(error) }),
      );
  } catch (error) {
    scope.postMessage({ kind: 'error', taskId, message: error instanceof Error ? error.message : String(error) });
  }
};
