import { coverageJob, type CoverageRaster } from '../../core/coverage/kernel';
import type { CoverageOptions } from '../../core/coverage/options';
import type { RadioCell } from '../../core/coverage/cells';
import { terrainCoverage } from '../../core/coverage/terrain';
import type { GridSpec } from '../../core/geo/grid';
import { demTransferables, type ElevationModels, type LoadElevationResult } from '../../core/terrain';
import {
  analyseArea,
  analysePoints,
  type AreaInput,
  type AreaOutput,
  type PointsInput,
  type PointsOutput,
} from '../features/coverage/coverage-analysis';
import { loadTerrainFiles, type TerrainFile } from '../features/coverage/terrain-files';

/**
 * Requests: `setup` hands a job's cells, options and terrain model to the worker once; `strip` computes a band of
 * rows of that job (its own grid); `area` and `points` are the post-processing of a finished raster; `terrain`
 * reads elevation files (a folder of tiles, a VRT with its tiles, or one GeoTIFF) into models.
 */
export type CoverageWorkerRequest =
  | {
      kind: 'setup';
      jobId: number;
      cells: RadioCell[];
      options: Partial<CoverageOptions>;
      terrain: ElevationModels | null;
      /** The run's table span (CoverageInput.tableSpanM): one set of tables for its bands and points. */
      tableSpanM: number;
    }
  | { kind: 'strip'; jobId: number; taskId: number; grid: GridSpec }
  | { kind: 'area'; taskId: number; input: AreaInput }
  | { kind: 'points'; taskId: number; input: PointsInput }
  | { kind: 'terrain'; files: TerrainFile[]; as?: 'DTM' | 'DSM' };

export type CoverageWorkerResponse =
  | { kind: 'progress'; taskId?: number; fraction: number }
  | { kind: 'strip'; taskId: number; raster: CoverageRaster }
  | { kind: 'area'; taskId: number; output: AreaOutput }
  | { kind: 'points'; taskId: number; output: PointsOutput }
  | { kind: 'terrain'; result: LoadElevationResult }
  | { kind: 'error'; taskId?: number; message: string };

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<CoverageWorkerRequest>) => void) | null;
  postMessage(message: CoverageWorkerResponse, transfer?: Transferable[]): void;
};

let job: Extract<CoverageWorkerRequest, { kind: 'setup' }> | null = null;

function runStrip(taskId: number, grid: GridSpec): void {
  if (!job) throw new Error('strip before setup');
  const { cells, options, terrain, tableSpanM } = job;
  // The terrain sweeps (one per site) are most of the work with a model: the first 70 % of the progress.
  const terrainShare = terrain ? 0.7 : 0;
  const withTerrain = terrain
    ? terrainCoverage(
        terrain,
        cells,
        grid,
        options,
        (done, total) => scope.postMessage({ kind: 'progress', taskId, fraction: (terrainShare * done) / total }),
        tableSpanM,
      )
    : null;
  const run = coverageJob({
    cells,
    grid,
    tableSpanM,
    options: { ...options, ...(withTerrain ? { losMode: withTerrain.losMode } : {}) },
    ...(withTerrain ? { extraLossDb: withTerrain.extraLossDb } : {}),
  });
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
      void loadTerrainFiles(request.files, request.as, (fraction) =>
        scope.postMessage({ kind: 'progress', fraction }),
      ).then(
        (result) => {
          const transfer = result.ok
            ? [result.value.models.dtm, result.value.models.dsm].flatMap((d) => (d ? demTransferables(d) : []))
            : [];
          scope.postMessage({ kind: 'terrain', result }, transfer);
        },
        (error: unknown) => scope.postMessage({ kind: 'error', message: String(error) }),
      );
  } catch (error) {
    scope.postMessage({ kind: 'error', taskId, message: error instanceof Error ? error.message : String(error) });
  }
};
