import {
  calibrationStats,
  compareJob,
  nativeDecoder,
  parseMeasurementsCsv,
  scatterSample,
  sha256Hex,
  type CalibrationConfig,
} from '../../core/calibration';
import type { LosMode, RadioCell } from '../../core/coverage';
import type { ElevationModels } from '../../core/terrain';
import { terrainExtraLoss } from '../features/calibration/terrain-extra';
import type { CalibrationAnalysis } from '../state/calibration-state';

/** Read a measurement CSV and compare it with the prediction of `cells` (uncalibrated) under `config`. */
export interface CalibrationWorkerRequest {
  name: string;
  bytes: Uint8Array;
  cells: RadioCell[];
  config: CalibrationConfig;
  models: ElevationModels | null;
  gridResolutionM: number;
  /** The project's LOS mode: the statistical model of the terrain rules. */
  projectLosMode: LosMode;
}

export type CalibrationWorkerResponse =
  | { kind: 'progress'; fraction: number }
  | { kind: 'done'; analysis: CalibrationAnalysis }
  | { kind: 'error'; message: string };

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<CalibrationWorkerRequest>) => void) | null;
  postMessage(message: CalibrationWorkerResponse, transfer?: Transferable[]): void;
};

/** Share of the progress bar for reading the file; comparing takes the rest. */
const READ_SHARE = 0.3;

function analyse(request: CalibrationWorkerRequest): void {
  const { name, bytes, cells, config, models, gridResolutionM, projectLosMode } = request;
  const progress = (fraction: number) => scope.postMessage({ kind: 'progress', fraction });
  const sha256 = sha256Hex(bytes);
  const parsed = parseMeasurementsCsv(bytes, {
    file: name,
    decode: nativeDecoder(TextDecoder),
    onProgress: (f) => progress(READ_SHARE * f),
  });
  if (!parsed.ok) {
    scope.postMessage({ kind: 'done', analysis: { ok: false, problems: parsed.problems } });
    return;
  }
  const { set, layout, badRows, badRowCount } = parsed.value;
  const job = compareJob(set, cells, {
    losMode: config.losMode,
    defaultHeightM: config.defaultHeightM,
    ...(models ? { extraLossDb: terrainExtraLoss(models, projectLosMode, gridResolutionM) } : {}),
  });
  let step = job.next();
  while (!step.done) {
    progress(READ_SHARE + (1 - READ_SHARE) * step.value);
    step = job.next();
  }
  const comparison = step.value;
  const analysis: CalibrationAnalysis = {
    ok: true,
    fileName: name,
    sha256,
    layout,
    badRows,
    badRowCount,
    set,
    comparison,
    stats: calibrationStats(set, comparison),
    scatter: scatterSample(set, comparison, 2000),
    config,
  };
  const arrays = [set.e, set.n, set.rsrpDbm, set.heightM, set.cell, set.line];
  const compared = [comparison.predictedDbm, comparison.cellIndex, comparison.distanceM, comparison.heightM];
  const transfer = [...arrays, ...compared, comparison.model, comparison.status].map((a) => a.buffer as ArrayBuffer);
  scope.postMessage({ kind: 'done', analysis }, transfer);
}

scope.onmessage = (event) => {
  try {
    analyse(event.data);
  } catch (error) {
    scope.postMessage({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};
