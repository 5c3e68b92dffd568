import {
  coverageJob,
  terrainCoverage,
  type CoverageOptions,
  type CoverageRaster,
  type RadioCell,
} from '../../core/coverage';
import type { GridSpec } from '../../core/geo/grid';
import { demTransferables, type ElevationModels, type LoadElevationResult } from '../../core/terrain';
import { analyseCoverage, type AnalysisInput, type AnalysisOutput } from '../features/coverage/coverage-analysis';
import { loadTerrainFiles, type TerrainFile } from '../features/coverage/terrain-files';

/** Requests: one horizontal strip of the raster, the post-processing of a merged raster, or reading elevation files. */
export type CoverageWorkerRequest =
  | {
      kind: 'strip';
      cells: RadioCell[];
      /** The strip's own grid (origin moved down by the rows above it). */
      grid: GridSpec;
      options: Partial<CoverageOptions>;
      terrain: ElevationModels | null;
    }
  | { kind: 'analyse'; input: AnalysisInput }
  | { kind: 'terrain'; files: TerrainFile[]; as?: 'DTM' | 'DSM' };

export type CoverageWorkerResponse =
  | { kind: 'progress'; fraction: number }
  | { kind: 'strip'; raster: CoverageRaster }
  | { kind: 'analysed'; output: AnalysisOutput }
  | { kind: 'terrain'; result: LoadElevationResult }
  | { kind: 'error'; message: string };

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<CoverageWorkerRequest>) => void) | null;
  postMessage(message: CoverageWorkerResponse, transfer?: Transferable[]): void;
};

function runStrip(request: Extract<CoverageWorkerRequest, { kind: 'strip' }>): void {
  const { cells, grid, options, terrain } = request;
  // The terrain sweeps (one per site) are most of the work with a model: the first 70 % of the progress.
  const terrainShare = terrain ? 0.7 : 0;
  const withTerrain = terrain
    ? terrainCoverage(terrain, cells, grid, options, (done, total) =>
        scope.postMessage({ kind: 'progress', fraction: (terrainShare * done) / total }),
      )
    : null;
  const job = coverageJob({
    cells,
    grid,
    options: { ...options, ...(withTerrain ? { losMode: withTerrain.losMode } : {}) },
    ...(withTerrain ? { extraLossDb: withTerrain.extraLossDb } : {}),
  });
  for (;;) {
    const step = job.next();
    if (step.done) {
      const raster = step.value;
      const transfer: Transferable[] = [raster.rsrpDbm.buffer, raster.bestServer.buffer];
      if (raster.sinrDb) transfer.push(raster.sinrDb.buffer);
      scope.postMessage({ kind: 'strip', raster }, transfer);
      return;
    }
    scope.postMessage({ kind: 'progress', fraction: terrainShare + (1 - terrainShare) * step.value });
  }
}

scope.onmessage = (event) => {
  const request = event.data;
  try {
    if (request.kind === 'strip') runStrip(request);
    else if (request.kind === 'analyse')
      scope.postMessage({ kind: 'analysed', output: analyseCoverage(request.input) });
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
    scope.postMessage({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};
