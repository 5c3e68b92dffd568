import type { CoverageRaster } from '../../../core/coverage';
import type { Dem } from '../../../core/terrain';
import { IMPORT_LIMITS } from '../../../core/io/limits';
import { translator } from '../../i18n';
import { WorkerFailure, withTimeout, workerFailureProblem } from '../../workers/bounded-job';
import { updateCoverage } from '../../state/coverage-actions';
import { cacheResult, type CoverageResult } from '../../state/coverage-state';
import { appStore } from '../../state/store';
import type { AnalysisOutput } from './coverage-analysis';
import { coverageOptionsOf, currentCoverageInputs } from './coverage-inputs';
import { analyseInWorker, readDemInWorker, runCoverageInWorkers, type WorkerJob } from './run-in-workers';

let running: WorkerJob<CoverageRaster | AnalysisOutput> | null = null;
let demJob: WorkerJob<unknown> | null = null;

const isAbort = (error: unknown) => error instanceof DOMException && error.name === 'AbortError';

/** The current inputs of the window's store (null when the project has no area and no sites). */
export function storeCoverageInputs() {
  const { project, coverage } = appStore.getState();
  return currentCoverageInputs(project, coverage.settings, coverage.terrain);
}

/**
 * "Beregn dækning": reuses a cached result with the same input hash, else runs the kernel on one worker per core
 * (horizontal strips), then contours, gaps and statistics in one more worker, and caches the result.
 */
export async function runCoverage(): Promise<void> {
  const inputs = storeCoverageInputs();
  const { coverage, project, lang } = appStore.getState();
  if (!inputs || coverage.job?.running) return;
  if (coverage.cache.some((r) => r.hash === inputs.hash)) {
    // Cached: make it the newest so it stays shown even when the inputs change later.
    const hit = coverage.cache.find((r) => r.hash === inputs.hash) as CoverageResult;
    updateCoverage(appStore, (c) => ({
      cache: cacheResult(c.cache, hit),
      error: null,
      job: { progress: 1, hash: hit.hash, running: false },
    }));
    return;
  }
  const started = performance.now();
  const dem: Dem | null = coverage.terrain?.dem ?? null;
  updateCoverage(appStore, { job: { progress: 0, hash: inputs.hash, running: true }, error: null });
  const setProgress = (progress: number) =>
    updateCoverage(appStore, (c) => (c.job ? { job: { ...c.job, progress: Math.min(0.99, progress) } } : {}));
  try {
    const cores = Math.max(1, Math.min(navigator.hardwareConcurrency || 2, 16));
    // Each worker gets its own copy of the DEM: keep the copies under about 256 MB in total.
    const workers = dem ? Math.max(1, Math.min(cores, Math.floor(256e6 / dem.values.byteLength))) : cores;
    const kernel = runCoverageInWorkers(
      { cells: inputs.cells, grid: inputs.grid, options: inputs.options, dem },
      workers,
      setProgress,
    );
    running = kernel;
    const raster = await kernel.result;
    const analysis = analyseInWorker({
      raster,
      aoi: inputs.aoi,
      thresholds: inputs.thresholds,
      cells: inputs.cells,
      pointOptions: coverageOptionsOf(coverage.settings, false, inputs.options.noiseFigureDb),
      sites: project.sites,
      corridors: project.corridors,
    });
    running = analysis;
    const output = await analysis.result;
    const result: CoverageResult = {
      hash: inputs.hash,
      settings: coverage.settings,
      raster,
      aoi: inputs.aoi,
      ...output,
      terrainName: coverage.terrain?.name ?? null,
      durationMs: performance.now() - started,
    };
    updateCoverage(appStore, (c) => ({
      job: { progress: 1, hash: inputs.hash, running: false },
      cache: cacheResult(c.cache, result),
    }));
  } catch (error) {
    if (isAbort(error)) return;
    updateCoverage(appStore, {
      job: null,
      error: translator(lang)('coverage.error', { message: error instanceof Error ? error.message : String(error) }),
    });
  } finally {
    running = null;
  }
}

/** Stops a running job (terminates its workers); the previous result stays. */
export function cancelCoverage(): void {
  running?.cancel();
  running = null;
  updateCoverage(appStore, { job: null });
  const { showToast, lang } = appStore.getState();
  showToast(translator(lang)('coverage.cancelled'));
}

/** Reads a .tif/.tiff as an elevation model in a worker and shows the preview dialog. */
export function previewTerrain(name: string, bytes: Uint8Array): void {
  demJob?.cancel();
  appStore.getState().setTool('select');
  updateCoverage(appStore, { terrainPreview: { name, result: null } });
  // Bounded like every untrusted file (issue 11): a GeoTIFF that never finishes stops with a located problem.
  const job = withTimeout(readDemInWorker(name, bytes));
  demJob = job;
  job.result.then(
    (result) => {
      if (demJob !== job) return;
      demJob = null;
      updateCoverage(appStore, { terrainPreview: { name, result } });
    },
    (error: unknown) => {
      if (isAbort(error) || demJob !== job) return;
      demJob = null;
      const problem =
        error instanceof WorkerFailure
          ? workerFailureProblem(name, error, IMPORT_LIMITS.parseTimeoutMs)
          : { severity: 'error' as const, path: '', file: name, message: { da: String(error), en: String(error) } };
      updateCoverage(appStore, { terrainPreview: { name, result: { ok: false, problems: [problem] } } });
    },
  );
}

/** "Brug som terrænmodel": the previewed DEM becomes the session's terrain model. */
export function acceptTerrain(): void {
  const preview = appStore.getState().coverage.terrainPreview;
  if (!preview?.result?.ok) return;
  const { name, result } = preview;
  updateCoverage(appStore, (c) => ({
    terrain: { name, dem: result.value, warnings: result.warnings },
    terrainPreview: null,
    layers: { ...c.layers, terrain: true },
  }));
  const { showToast, lang } = appStore.getState();
  showToast(translator(lang)('terrain.loaded', { name }));
}

/** Closes the preview without using the file. */
export function closeTerrainPreview(): void {
  demJob?.cancel();
  demJob = null;
  updateCoverage(appStore, { terrainPreview: null });
}

/** Forgets the terrain model (coverage and links go back to the statistical LOS model). */
export function clearTerrain(): void {
  updateCoverage(appStore, { terrain: null });
}

/** File extensions that File → Import and drag-and-drop send to the elevation-model reader. */
export const TERRAIN_EXTENSIONS = ['.tif', '.tiff'] as const;

/** True for a GeoTIFF file name (.tif / .tiff, any case). */
export function isTerrainFile(name: string): boolean {
  return /\.tiff?$/i.test(name);
}
