import type { CoverageRaster } from '../../../core/coverage';
import { pointTableSpanM } from '../../../core/coverage/point-span';
import { demByteLength, terrainModeOf, workingModels, type ElevationModels } from '../../../core/terrain';
import { translator } from '../../i18n';
import { currentViewUtm } from '../../map/current-view';
import { onRasterShown } from '../../map/raster-shown';
import { updateCoverage } from '../../state/coverage-actions';
import {
  cacheResult,
  type CoverageJobState,
  type CoverageResult,
  type LoadedElevation,
  type TerrainModel,
} from '../../state/coverage-state';
import { appStore } from '../../state/store';
import { coverageOptionsOf, currentCoverageInputs } from './coverage-inputs';
import { planCoverageJob, rowsInView } from './job-plan';
import { rasterPublisher } from './raster-publisher';
import { analyseInPool, COVERAGE_WORKERS, readTerrainInWorker, runProgressive, type WorkerJob } from './run-in-workers';
import { terrainFilesOf, type TerrainFile } from './terrain-files';

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
  if (!inputs || coverage.job?.running || inputs.problems.length > 0) return;
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
  const terrain = modelsOf(coverage.terrain);
  // Workers get the models at the grid's working resolution (what they use anyway): smaller copies.
  const working = terrain ? workingModels(terrain, inputs.grid.resolutionM) : null;
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
    // Each worker gets its own copy of the models: keep the copies under about 256 MB in total.
    const bytes = working ? [working.dtm, working.dsm].reduce((sum, d) => sum + (d ? demByteLength(d) : 0), 0) : 0;
    const workers = bytes > 0 ? Math.max(1, Math.min(COVERAGE_WORKERS, Math.floor(256e6 / bytes))) : COVERAGE_WORKERS;
    const view = currentViewUtm();
    const plan = planCoverageJob(inputs.grid, workers, view ? rowsInView(inputs.grid, view) : null);
    // One table span for the run: its bands, coarse pass and points share the distance tables (as the CLI).
    const tableSpanM = pointTableSpanM(inputs.grid, inputs.cells, project.sites, project.corridors);
    const kernel = runProgressive(
      { cells: inputs.cells, grid: inputs.grid, options: inputs.options, terrain: working, tableSpanM },
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
        pointOptions: coverageOptionsOf(coverage.settings, inputs.options.noiseFigureDb),
        thresholds: inputs.thresholds,
        sites: project.sites,
        corridors: project.corridors,
        aoi: inputs.aoi,
        tableSpanM,
        terrain: working,
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
      terrain:
        terrain && coverage.terrain
          ? {
              mode: terrainModeOf(terrain) ?? 'DTM',
              names: [coverage.terrain.dtm, coverage.terrain.dsm].flatMap((m) => (m ? [m.name] : [])),
              files: [coverage.terrain.dtm, coverage.terrain.dsm].reduce((sum, m) => sum + (m?.summary.files ?? 0), 0),
              coveredShare: output.terrainCoveredShare ?? 0,
            }
          : null,
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

/** The core models of the session's terrain (null when none is loaded). */
export function modelsOf(terrain: TerrainModel | null): ElevationModels | null {
  if (!terrain || (!terrain.dtm && !terrain.dsm)) return null;
  return { dtm: terrain.dtm?.dem ?? null, dsm: terrain.dsm?.dem ?? null };
}

let pending: { name: string; files: TerrainFile[] } | null = null;

/**
 * Reads chosen elevation files (a folder of GeoTIFF tiles, a VRT with its tiles, or one GeoTIFF) in a worker with
 * progress, and shows the elevation model dialog; `as` overrides what the names say (DTM/DSM).
 */
export function previewTerrainFiles(name: string, files: TerrainFile[], as: 'auto' | 'DTM' | 'DSM' = 'auto'): void {
  demJob?.cancel();
  appStore.getState().setTool('select');
  pending = { name, files };
  const base = { name, fileCount: files.length, kind: as, detected: [] };
  updateCoverage(appStore, { terrainPreview: { ...base, progress: 0, result: null } });
  const job = readTerrainInWorker(files, as === 'auto' ? undefined : as, (fraction) =>
    updateCoverage(appStore, (c) =>
      c.terrainPreview && demJob === job ? { terrainPreview: { ...c.terrainPreview, progress: fraction } } : {},
    ),
  );
  demJob = job;
  job.result.then(
    (result) => {
      if (demJob !== job) return;
      demJob = null;
      const detected = result.ok ? result.value.summaries.map((s) => s.detectedKind) : [];
      updateCoverage(appStore, {
        terrainPreview: {
          ...base,
          detected,
          progress: null,
          result: result.ok ? result : { ok: false, problems: result.problems },
        },
      });
    },
    (error: unknown) => {
      if (isAbort(error) || demJob !== job) return;
      demJob = null;
      const message = { da: String(error), en: String(error) };
      updateCoverage(appStore, {
        terrainPreview: {
          ...base,
          progress: null,
          result: { ok: false, problems: [{ severity: 'error', path: '', file: name, message }] },
        },
      });
    },
  );
}

/** One GeoTIFF's bytes (File → Import, a dropped file) as the elevation model dialog's input. */
export function previewTerrain(name: string, bytes: Uint8Array): void {
  previewTerrainFiles(name, [{ path: name, file: new Blob([bytes.slice().buffer]) }]);
}

/** Files picked in a folder or file input (webkitRelativePath kept). */
export function previewTerrainFileList(list: FileList): void {
  const files = terrainFilesOf(list);
  const first = list[0] as (File & { webkitRelativePath?: string }) | undefined;
  const folder = first?.webkitRelativePath?.split('/')[0];
  previewTerrainFiles(folder || (files.length === 1 ? (files[0]?.path ?? '') : `${files.length} filer`), files);
}

/** Reads the same files again as DTM or DSM (the dialog's kind choice). */
export function setTerrainPreviewKind(kind: 'auto' | 'DTM' | 'DSM'): void {
  if (pending) previewTerrainFiles(pending.name, pending.files, kind);
}

/** "Brug som terrænmodel": the read models join the session's terrain (a DTM replaces the DTM, a DSM the DSM). */
export function acceptTerrain(): void {
  const preview = appStore.getState().coverage.terrainPreview;
  if (!preview?.result?.ok) return;
  const { name, result } = preview;
  const loaded = (slot: 'dtm' | 'dsm'): LoadedElevation | null => {
    const dem = result.value.models[slot];
    const summary = result.value.summaries.find((s) => (s.kind === 'DSM') === (slot === 'dsm'));
    return dem && summary ? { name, dem, summary, warnings: result.warnings } : null;
  };
  const dtm = loaded('dtm');
  const dsm = loaded('dsm');
  updateCoverage(appStore, (c) => ({
    terrain: { dtm: dtm ?? c.terrain?.dtm ?? null, dsm: dsm ?? c.terrain?.dsm ?? null },
    terrainPreview: null,
    layers: { ...c.layers, terrain: true },
  }));
  pending = null;
  const { showToast, lang } = appStore.getState();
  showToast(translator(lang)('terrain.loaded', { name }));
}

/** Closes the dialog (cancels a running read) without using the files. */
export function closeTerrainPreview(): void {
  demJob?.cancel();
  demJob = null;
  pending = null;
  updateCoverage(appStore, { terrainPreview: null });
}

/** Forgets one or both models (coverage and links go back to the statistical model where none is left). */
export function clearTerrain(slot?: 'dtm' | 'dsm'): void {
  updateCoverage(appStore, (c) => {
    if (!slot || !c.terrain) return { terrain: null };
    const next = { ...c.terrain, [slot]: null };
    return { terrain: next.dtm || next.dsm ? next : null };
  });
}

/** File extensions that File → Import and drag-and-drop send to the elevation-model reader. */
export const TERRAIN_EXTENSIONS = ['.tif', '.tiff', '.vrt'] as const;

/** True for a GeoTIFF or VRT file name (.tif / .tiff / .vrt, any case). */
export function isTerrainFile(name: string): boolean {
  return /\.(tiff?|vrt)$/i.test(name);
}
