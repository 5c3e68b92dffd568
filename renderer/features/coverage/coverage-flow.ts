import type { CoverageRaster } from '../../../core/coverage';
import type { Dem } from '../../../core/terrain';
import { translator } from '../../i18n';
import { currentViewUtm } from '../../map/current-view';
import { onRasterShown } from '../../map/raster-shown';
import { updateCoverage } from '../../state/coverage-actions';
import { cacheResult, type CoverageJobState, type CoverageResult } from '../../state/coverage-state';
import { appStore } from '../../state/store';
import { coverageOptionsOf, currentCoverageInputs } from './coverage-inputs';
import { planCoverageJob, rowsInView } from './job-plan';
import { rasterPublisher } from './raster-publisher';
import { analyseInPool, COVERAGE_WORKERS, readDemInWorker, runProgressive, type WorkerJob } from './run-in-workers';

let running: WorkerJob<unknown> | null = null;
let demJob: WorkerJob<unknown> | null = null;

const isAbort = (error: unknown) => error instanceof DOMException && error.name === 'AbortError';

/** The current inputs of the window's store (null when the project has no area and no sites). */
export function storeCoverageInputs() {
  const { project, coverage } = appStore.getState();
  return currentCoverageInputs(project, coverage.settings, coverage.terrain);
}

/** Sets the running job's fields (only while the job with `hash` is the store's job). */
function patchJob(hash: string, patch: Partial<CoverageJobState>): void {
  updateCoverage(appStore, (c) => (c.job?.hash === hash ? { job: { ...c.job, ...patch } } : {}));
}

/**
 * "Beregn dækning": reuses a cached result with the same input hash; else runs the kernel progressively on the
 * worker pool (job-plan.ts: a coarse pass for a first picture, then full resolution, the rows in view first) and
 * shows the raster as it refines, then statistics, outlines and gaps (two workers), and caches the result. The job
 * records the time from the button to the first pixels on screen, to the full raster on screen, and to the end.
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
  const { hash } = inputs;
  const dem: Dem | null = coverage.terrain?.dem ?? null;
  updateCoverage(appStore, {
    job: { progress: 0, hash, running: true, startedAt: started, firstPixelsMs: null, rasterMs: null },
    preview: null,
    error: null,
  });
  const publisher = rasterPublisher(hash);
  let target: CoverageRaster | null = null;
  let finalVersion = Infinity;
  let rasterOnScreen: () => void = () => undefined;
  const finalShown = new Promise<void>((resolve) => (rasterOnScreen = resolve));
  const stopListening = onRasterShown((raster, version) => {
    if (raster !== target) return;
    const at = performance.now() - started;
    const job = appStore.getState().coverage.job;
    if (job?.hash !== hash) return;
    if (job.firstPixelsMs == null) patchJob(hash, { firstPixelsMs: at });
    if (version >= finalVersion && job.rasterMs == null) {
      patchJob(hash, { rasterMs: at });
      rasterOnScreen();
    }
  });
  try {
    // Each worker gets its own copy of the DEM: keep the copies under about 256 MB in total.
    const workers = dem
      ? Math.max(1, Math.min(COVERAGE_WORKERS, Math.floor(256e6 / dem.values.byteLength)))
      : COVERAGE_WORKERS;
    const view = currentViewUtm();
    const plan = planCoverageJob(inputs.grid, workers, view ? rowsInView(inputs.grid, view) : null);
    const kernel = runProgressive(
      { cells: inputs.cells, grid: inputs.grid, options: inputs.options, dem },
      plan,
      {
        onProgress: (fraction) => {
          // Whole percents only: every store update re-renders the panel and re-syncs the map layers.
          const progress = Math.min(95, Math.floor(95 * fraction)) / 100;
          if (progress !== appStore.getState().coverage.job?.progress) patchJob(hash, { progress });
        },
        onRows: (raster, rows, coarse) => {
          target = raster;
          publisher.rows(raster, rows, coarse);
        },
      },
      workers,
    );
    running = kernel;
    const raster = await kernel.result;
    finalVersion = publisher.flush();
    const analysis = analyseInPool(
      { raster, aoi: inputs.aoi, thresholds: inputs.thresholds },
      {
        grid: inputs.grid,
        cells: inputs.cells,
        pointOptions: coverageOptionsOf(coverage.settings, false),
        thresholds: inputs.thresholds,
        sites: project.sites,
        corridors: project.corridors,
      },
    );
    running = analysis;
    const output = await analysis.result;
    // The full raster is normally on screen long before the statistics; do not wait for a hidden layer.
    await Promise.race([finalShown, new Promise((resolve) => setTimeout(resolve, 1000))]);
    const job = appStore.getState().coverage.job;
    const result: CoverageResult = {
      hash,
      settings: coverage.settings,
      raster,
      aoi: inputs.aoi,
      ...output,
      terrainName: coverage.terrain?.name ?? null,
      durationMs: performance.now() - started,
      firstPixelsMs: job?.hash === hash ? (job.firstPixelsMs ?? null) : null,
      rasterMs: job?.hash === hash ? (job.rasterMs ?? null) : null,
    };
    updateCoverage(appStore, (c) => ({
      job: { ...(c.job?.hash === hash ? c.job : { hash }), progress: 1, running: false },
      preview: null,
      cache: cacheResult(c.cache, result),
    }));
  } catch (error) {
    publisher.cancel();
    if (isAbort(error)) return;
    updateCoverage(appStore, {
      job: null,
      preview: null,
      error: translator(lang)('coverage.error', { message: error instanceof Error ? error.message : String(error) }),
    });
  } finally {
    stopListening();
    running = null;
  }
}

/** Stops a running job (terminates its workers); the previous result stays. */
export function cancelCoverage(): void {
  running?.cancel();
  running = null;
  updateCoverage(appStore, { job: null, preview: null });
  const { showToast, lang } = appStore.getState();
  showToast(translator(lang)('coverage.cancelled'));
}

/** Reads a .tif/.tiff as an elevation model in a worker and shows the preview dialog. */
export function previewTerrain(name: string, bytes: Uint8Array): void {
  demJob?.cancel();
  appStore.getState().setTool('select');
  updateCoverage(appStore, { terrainPreview: { name, result: null } });
  const job = readDemInWorker(name, bytes);
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
      updateCoverage(appStore, {
        terrainPreview: {
          name,
          result: {
            ok: false,
            problems: [{ severity: 'error', path: '', file: name, message: { da: String(error), en: String(error) } }],
          },
        },
      });
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
