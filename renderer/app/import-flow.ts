import { IMPORT_EXTENSIONS } from '../../core/io/import-file';
import type { ColumnMapping } from '../../core/io/csv-columns';
import type { AreaKind } from '../../core/project/schema';
import { parseInWorker, type ParseJob } from '../features/import-export/parse-in-worker';
import { isTerrainFile, previewTerrain, TERRAIN_EXTENSIONS } from '../features/coverage/coverage-flow';
import { host } from '../host';
import { translator } from '../i18n';
import { importData } from '../state/actions';
import type { ImportDialogState } from '../state/app-state';
import { appStore } from '../state/store';

let job: ParseJob | null = null;
let seq = 0;

function importDialog(): ImportDialogState | null {
  const dialog = appStore.getState().dialog;
  return dialog?.kind === 'import' ? dialog : null;
}

function parse(base: Omit<ImportDialogState, 'seq' | 'result' | 'kind' | 'csvHeaders'>): void {
  job?.cancel();
  const mySeq = ++seq;
  appStore
    .getState()
    .openDialog({ kind: 'import', seq: mySeq, result: null, csvHeaders: importDialog()?.csvHeaders ?? null, ...base });
  const options = base.mapping ? { mapping: base.mapping, areaKind: base.areaKind } : { areaKind: base.areaKind };
  const current = parseInWorker({ name: base.fileName, bytes: base.bytes, options });
  job = current;
  current.result.then(
    ({ result, csvHeaders }) => {
      const dialog = importDialog();
      if (!dialog || dialog.seq !== mySeq) return;
      appStore.getState().openDialog({ ...dialog, result, csvHeaders });
      if (job === current) job = null;
    },
    (error: unknown) => {
      if (error instanceof DOMException && error.name === 'AbortError') return;
      if (importDialog()?.seq !== mySeq) return;
      const { openDialog, lang } = appStore.getState();
      openDialog({ kind: 'error', message: translator(lang)('error.import', { message: String(error) }) });
    },
  );
}

/** Opens the import preview for a file and parses it in a worker. */
export function startImport(fileName: string, bytes: Uint8Array): void {
  if (isTerrainFile(fileName)) return previewTerrain(fileName, bytes);
  appStore.getState().setTool('select');
  appStore.getState().closeDialog();
  parse({ fileName, bytes, mapping: undefined, areaKind: 'interest' });
}

/** File → Import: asks the host for a file, then previews it. */
export async function pickAndImport(): Promise<void> {
  const picked = await host.pickImportFile([...IMPORT_EXTENSIONS, ...TERRAIN_EXTENSIONS]);
  if (picked) startImport(picked.name, picked.bytes);
}

/** Re-parses the previewed file with another CSV column mapping. */
export function remapImport(mapping: ColumnMapping): void {
  const dialog = importDialog();
  if (dialog) parse({ fileName: dialog.fileName, bytes: dialog.bytes, areaKind: dialog.areaKind, mapping });
}

/** Changes the kind imported areas get (applied to every area of the file). */
export function setImportAreaKind(areaKind: AreaKind): void {
  const dialog = importDialog();
  if (dialog) appStore.getState().openDialog({ ...dialog, areaKind });
}

/** Stops parsing (terminates the worker) and closes the preview; the project is unchanged. */
export function cancelImport(): void {
  job?.cancel();
  job = null;
  seq++;
  appStore.getState().closeDialog();
}

/** Adds the previewed objects to the project as one undoable step. */
export function applyImport(): void {
  const dialog = importDialog();
  if (!dialog?.result?.ok) return;
  const { data } = dialog.result.value;
  const store = appStore.getState();
  store.dispatch(importData, {
    data: { ...data, areas: data.areas.map((area) => ({ ...area, kind: dialog.areaKind })) },
    makeId: () => crypto.randomUUID(),
  });
  store.closeDialog();
  const count = data.sites.length + data.areas.length + data.corridors.length;
  store.showToast(translator(store.lang)('toast.imported', { count, name: dialog.fileName }));
  store.requestFit();
}
