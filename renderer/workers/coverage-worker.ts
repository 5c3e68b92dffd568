import {
  coverageJob,
  terrainExtraLossForCells,
  type CoverageOptions,
  type CoverageRaster,
  type RadioCell,
} from '../../core/coverage';
import type { GridSpec } from '../../core/geo/grid';
import type { Result } from '../../core/project/problem';
import { readElevationGeoTiff, type Dem } from '../../core/terrain';
import { analyseCoverage, type AnalysisInput, type AnalysisOutput } from '../features/coverage/coverage-analysis';

/** Requests: one horizontal strip of the raster, the post-processing of a merged raster, or reading a DEM. */
export type CoverageWorkerRequest =
  | {
      kind: 'strip';
      cells: RadioCell[];
      /** The strip's own grid (origin moved down by the rows above it). */
      grid: GridSpec;
      options: Partial<CoverageOptions>;
      dem: Dem | null;
    }
  | { kind: 'analyse'; input: AnalysisInput }
  | { kind: 'dem'; name: string; bytes: Uint8Array };

export type CoverageWorkerResponse =
  | { kind: 'progress'; fraction: number }
  | { kind: 'strip'; raster: CoverageRaster }
  | { kind: 'analysed'; output: AnalysisOutput }
  | { kind: 'dem'; result: Result<Dem> }
  | { kind: 'error'; message: string };

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<CoverageWorkerRequest>) => void) | null;
  postMessage(message: CoverageWorkerResponse, transfer?: Transferable[]): void;
};

function runStrip(request: Extract<CoverageWorkerRequest, { kind: 'strip' }>): void {
  const { cells, grid, options, dem } = request;
  // The terrain pass is about half the work with a DEM: report it as the first half of the progress.
  const terrainShare = dem ? 0.5 : 0;
  const extraLossDb = dem
    ? terrainExtraLossForCells(dem, cells, grid, { rxHeightM: options.rxHeightM ?? 1.5 })
    : undefined;
  if (dem) scope.postMessage({ kind: 'progress', fraction: terrainShare });
  const job = coverageJob({ cells, grid, options, ...(extraLossDb ? { extraLossDb } : {}) });
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
      void readElevationGeoTiff(request.bytes, { file: request.name }).then(
        (result) => scope.postMessage({ kind: 'dem', result }, result.ok ? [result.value.values.buffer] : []),
        (error: unknown) => scope.postMessage({ kind: 'error', message: String(error) }),
      );
  } catch (error) {
    scope.postMessage({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};
