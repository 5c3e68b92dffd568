import type { DocLang } from '../../core/terms/schema';
import type { OpenedFile } from '../../core/host/host-api';
import type { Lang } from '../../core/i18n/localized';
import type { Problem } from '../../core/project/problem';
import type { ImportFileResult } from '../../core/io/import-file';
import type { ColumnMapping } from '../../core/io/csv-columns';
import type { AreaKind, Project } from '../../core/project/schema';
import type { SlicePlanState } from './slices-plan';
import type { CalibrationSession } from './calibration-state';
import type { CoverageState } from './coverage-state';

export type BasemapId = 'land' | 'osm' | 'skaermkort';
/** Map tool: select/drag, or one of the drawing tools. */
export type ToolId = 'select' | 'addSite' | 'drawArea' | 'drawCorridor';
export type LayerId = 'sites' | 'areas' | 'corridors';

/** What "discard unsaved changes?" continues with: New, Open, Open Recent or a file the OS handed over. */
export type PendingOpen = 'new' | 'open' | { recent: string } | { file: OpenedFile };

/** A modal dialog the app is showing; at most one at a time. */
export type DialogState =
  | { kind: 'problems'; file: string; problems: Problem[] }
  | { kind: 'recovery'; savedAt: string; name: string; handleId: string | null; text: string; id?: string }
  /** The recovery copy could not be loaded; it is kept (never deleted before a restore succeeded). */
  | { kind: 'recoveryFailed'; name: string; text: string; problems: Problem[]; id?: string }
  | { kind: 'confirmDiscard'; then: PendingOpen }
  | ImportDialogState
  /** `phase`: ask where → build → write (renderer/app/save-export.ts). */
  | { kind: 'export'; busy: boolean; phase?: 'choosing' | 'building' | 'writing' }
  | { kind: 'about' }
  /** Help → Tastaturgenveje (F1): every keyboard shortcut of this build. */
  | { kind: 'shortcuts' }
  | { kind: 'token' }
  /** `title` names the failed action (default: a general error title); `details` is technical text for a report. */
  | { kind: 'error'; message: string; title?: string; details?: string };

/** The import preview: the file, the options it was parsed with and the result (null while parsing). */
export interface ImportDialogState {
  kind: 'import';
  /** Increments on every (re)parse so late worker answers are ignored. */
  seq: number;
  fileName: string;
  bytes: Uint8Array;
  mapping: ColumnMapping | undefined;
  areaKind: AreaKind;
  result: ImportFileResult | null;
  /** Header row of a CSV file, null for other formats or before the first parse. */
  csvHeaders: string[] | null;
}

/** Steps of the lease-request wizard, in order. */
export const REQUEST_STEPS = ['requester', 'area', 'spectrum', 'period', 'cells', 'review', 'export'] as const;
export type RequestStep = (typeof REQUEST_STEPS)[number];

/** Export choices of the wizard's last step (session only; the request date is saved in the draft). */
export interface RequestExportChoice {
  /** 'checklist': the requester's checklist as its own PDF (never part of the letter). */
  format: 'pdf' | 'docx' | 'json' | 'geojson' | 'checklist';
  /** Document language; the regime may restrict it (BNetzA: German). */
  lang: DocLang;
  markDraft: boolean;
}

/** Everything the store holds besides the undo history and the action functions. */
export interface AppState {
  project: Project;
  fileHandleId: string | null;
  fileName: string | null;
  dirty: boolean;
  selectedId: string | null;
  lang: Lang;
  activeTool: ToolId;
  /** Kind given to areas drawn with the area tool. */
  drawAreaKind: AreaKind;
  panels: {
    objects: boolean;
    inspector: boolean;
    terms: boolean;
    slices: boolean;
    coverage: boolean;
    link: boolean;
    calibration: boolean;
  };
  /** The open lease-request wizard (step, export choices, busy while generating), or null. */
  requestWizard: { step: RequestStep; choice: RequestExportChoice; busy: boolean } | null;
  /** Key of the edit that later edits with the same key extend (typing in one field is one undo step). */
  coalesceKey: string | null;
  layers: Record<LayerId, boolean>;
  basemap: BasemapId;
  tileError: boolean;
  dataforsyningenToken: string | null;
  pointer: { lon: number; lat: number } | null;
  zoom: number | null;
  dialog: DialogState | null;
  toast: { id: number; text: string } | null;
  lastAutosaveAt: string | null;
  /** The last slice plan from the worker, with the hash of its inputs (renderer/state/slices-plan.ts). */
  slicePlan: SlicePlanState;
  /** Coverage settings, cached results, terrain model and link calculator (renderer/state/coverage-state.ts). */
  coverage: CoverageState;
  /** Measurements compared with the prediction, before a fit is stored (renderer/state/calibration-state.ts). */
  calibration: CalibrationSession;
  /** Incremented when a document is loaded; the map fits itself to it. */
  loadSeq: number;
  /** Incremented by "fit to project". */
  fitSeq: number;
  /** Incremented when the user asks to zoom to the selected object. */
  focusSeq: number;
}

/**
 * Where each piece of state lives: `saved` goes into the .frekvensplan file; `session`
 * lives only in this window; `local` is session state remembered in localStorage.
 * This table is the one place that says what is saved (Excalidraw appState style).
 */
export const STATE_STORAGE: Record<keyof AppState, 'saved' | 'session' | 'local'> = {
  project: 'saved',
  fileHandleId: 'session',
  fileName: 'session',
  dirty: 'session',
  selectedId: 'session',
  lang: 'local',
  activeTool: 'session',
  drawAreaKind: 'session',
  panels: 'session',
  requestWizard: 'session',
  coalesceKey: 'session',
  layers: 'session',
  basemap: 'session',
  tileError: 'session',
  dataforsyningenToken: 'local',
  pointer: 'session',
  zoom: 'session',
  dialog: 'session',
  toast: 'session',
  lastAutosaveAt: 'session',
  slicePlan: 'session',
  coverage: 'session',
  calibration: 'session',
  loadSeq: 'session',
  fitSeq: 'session',
  focusSeq: 'session',
};

/** localStorage keys of the `local` entries. */
export const LOCAL_KEYS = {
  lang: 'frekvensplan.lang',
  dataforsyningenToken: 'frekvensplan.dataforsyningenToken',
} as const;
