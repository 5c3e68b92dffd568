import {
  calibrationLine,
  calibrationRecord,
  DEFAULT_MEASUREMENT_HEIGHT_M,
  fitCalibration,
  type CalibrationConfig,
} from '../../../core/calibration';
import { radioCellsOf, stableHash, type LosMode, type RadioCell } from '../../../core/coverage';
import { parseFailureProblem } from '../../../core/io/limits';
import type { Project } from '../../../core/project/schema';
import type { ElevationModels } from '../../../core/terrain';
import { calibrationLosMode, calibrationTerrainOf } from './terrain-extra';
import { host } from '../../host';
import { translator } from '../../i18n';
import { setCalibration, updateCalibration } from '../../state/calibration-actions';
import type { CoverageSettings, TerrainModel } from '../../state/coverage-state';
import { appStore } from '../../state/store';
import type { CalibrationWorkerRequest, CalibrationWorkerResponse } from '../../workers/calibration-worker';
import { coverageOptionsOf } from '../coverage/coverage-inputs';
import { modelsOf } from '../coverage/coverage-flow';

/** File types the measurement picker offers. */
export const MEASUREMENT_EXTENSIONS = ['.csv', '.txt'];

let worker: Worker | null = null;

/** What a comparison runs with. */
export interface CalibrationInputs {
  cells: RadioCell[];
  config: CalibrationConfig;
  /** The session's elevation models, null without; read at the coverage grid's resolution. */
  models: ElevationModels | null;
  gridResolutionM: number;
  /** The project's LOS mode (the statistical model the terrain rules fall back to). */
  projectLosMode: LosMode;
  key: string;
}

/**
 * What a comparison runs with: the uncalibrated outdoor cells, the coverage's LOS mode
 * (with a terrain model: LOS plus the terrain's loss, as coverage runs), 1.5 m for rows without a height, the terrain
 * model; and a key of all that, to mark a comparison stale when the plan or the settings change.
 */
export function calibrationInputsOf(
  sites: Project['sites'],
  settings: CoverageSettings,
  terrain: TerrainModel | null,
): CalibrationInputs {
  const cells = radioCellsOf({ sites });
  const models = modelsOf(terrain);
  const projectLosMode = coverageOptionsOf(settings).losMode ?? 'blend-mean-db';
  const config: CalibrationConfig = {
    losMode: calibrationLosMode(models, projectLosMode),
    defaultHeightM: DEFAULT_MEASUREMENT_HEIGHT_M,
    terrain: calibrationTerrainOf(models),
  };
  const terrainId = terrain
    ? [terrain.dtm?.name, terrain.dtm?.summary, terrain.dsm?.name, terrain.dsm?.summary, settings.resolutionM]
    : null;
  return {
    cells,
    config,
    models,
    gridResolutionM: settings.resolutionM,
    projectLosMode,
    key: stableHash({ cells, config, terrainId, projectLosMode }),
  };
}

/** calibrationInputsOf for the window's store. */
export function calibrationInputs(): CalibrationInputs {
  const { project, coverage } = appStore.getState();
  return calibrationInputsOf(project.sites, coverage.settings, coverage.terrain);
}

/** "Importér målinger": asks for a CSV file and compares it with the prediction. */
export async function importMeasurements(): Promise<void> {
  const picked = await host.pickImportFile(MEASUREMENT_EXTENSIONS);
  if (!picked) return;
  if (!('bytes' in picked)) {
    const problem = parseFailureProblem(picked.name, { reason: 'tooLargeFile', ...picked.tooLarge });
    updateCalibration(appStore, { error: errorText(problem.message[appStore.getState().lang]) });
    return;
  }
  updateCalibration(appStore, {
    source: { name: picked.name, bytes: picked.bytes },
    analysis: null,
    acceptBadRows: false,
    error: null,
  });
  compareMeasurementsInWorker();
}

/** Reads the current file and compares it in a worker (progress and cancel); "Sammenlign igen" runs this too. */
export function compareMeasurementsInWorker(): void {
  const source = appStore.getState().calibration.source;
  if (!source) return;
  worker?.terminate();
  const { cells, config, models, gridResolutionM, projectLosMode, key } = calibrationInputs();
  const current = new Worker(new URL('../../workers/calibration-worker.ts', import.meta.url), { type: 'module' });
  worker = current;
  updateCalibration(appStore, { job: { progress: 0 }, error: null });
  const finish = (patch: Parameters<typeof updateCalibration>[1]) => {
    current.terminate();
    if (worker !== current) return;
    worker = null;
    updateCalibration(appStore, patch);
  };
  current.onmessage = (event: MessageEvent<CalibrationWorkerResponse>) => {
    const message = event.data;
    if (message.kind === 'progress') {
      if (worker === current) updateCalibration(appStore, { job: { progress: message.fraction } });
    } else if (message.kind === 'done') finish({ job: null, analysis: message.analysis, inputsKey: key });
    else finish({ job: null, error: errorText(message.message) });
  };
  current.onerror = (event) => finish({ job: null, error: errorText(event.message || 'worker failed') });
  const request: CalibrationWorkerRequest = {
    name: source.name,
    bytes: source.bytes.slice(),
    cells,
    config,
    models,
    gridResolutionM,
    projectLosMode,
  };
  current.postMessage(request, [request.bytes.buffer]);
}

function errorText(message: string): string {
  return translator(appStore.getState().lang)('calibration.error', { message });
}

/** Stops a running comparison; the previous result (if any) stays. */
export function cancelComparison(): void {
  worker?.terminate();
  worker = null;
  updateCalibration(appStore, { job: null });
  const { showToast, lang } = appStore.getState();
  showToast(translator(lang)('calibration.cancelled'));
}

/**
 * "Tilpas og gem kalibrering": fits the offsets (and the slope when chosen) to the comparison and stores them in
 * the project as one undoable step, replacing any stored calibration.
 */
export function fitAndStore(now: Date = new Date()): void {
  const { calibration: session, dispatch, showToast, lang } = appStore.getState();
  const analysis = session.analysis;
  if (!analysis?.ok) return;
  const t = translator(lang);
  const fit = fitCalibration(analysis.set, analysis.comparison, { slope: session.slope });
  const record = calibrationRecord({
    fit,
    stats: analysis.stats,
    file: {
      name: analysis.fileName,
      sha256: analysis.sha256,
      rows: analysis.set.count,
      skippedRows: analysis.badRowCount,
    },
    fittedAt: now,
    config: analysis.config,
  });
  if (!record) {
    showToast(t('calibration.nothingToFit'));
    return;
  }
  dispatch(setCalibration, record);
  showToast(t('calibration.fitted', { line: calibrationLine(record, lang) }));
}

/** "Ryd kalibrering": removes the project's calibration (undoable). */
export function clearCalibration(): void {
  const { dispatch, showToast, lang } = appStore.getState();
  dispatch(setCalibration, null);
  showToast(translator(lang)('calibration.cleared'));
}
