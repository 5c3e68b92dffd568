import type { PickedFile } from '../../core/host/host-api';
import { skippedRowsToCsv } from '../../core/io/export-csv';
import { IMPORT_EXTENSIONS } from '../../core/io/import-file';
import type { SkippedRow } from '../../core/io/imported';
import { parseFailureProblem } from '../../core/io/limits';
import { formatProblem } from '../../core/project/problem';
import type { ColumnMapping } from '../../core/io/csv-columns';
import type { AreaKind } from '../../core/project/schema';
import { parseInWorker, type ParseJob } from '../features/import-export/parse-in-worker';
import { isTerrainFile, previewTerrain, TERRAIN_EXTENSIONS } from '../features/coverage/coverage-flow';
import { host } from '../host';
import { readPickedFile } from '../host/browser-files';
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

/** Previews a picked or dropped file; one over the size limit for its type is shown as a problem, unread. */
export function importPicked(picked: PickedFile): void {
  if ('bytes' in picked) return startImport(picked.name, picked.bytes);
  job?.cancel();
  appStore.getState().setTool('select');
  const problem = parseFailureProblem(picked.name, { reason: 'tooLargeFile', ...picked.tooLarge });
  appStore.getState().openDialog({
    kind: 'import',
    seq: ++seq,
    fileName: picked.name,
    bytes: new Uint8Array(),
    mapping: undefined,
    areaKind: 'interest',
    result: { ok: false, problems: [problem] },
    csvHeaders: null,
  });
}

/** A file dropped on the map: size-checked before it is read, then previewed. */
export async function importDroppedFile(file: File): Promise<void> {
  importPicked(await readPickedFile(file));
}

/** File → Import: asks the host for a file, then previews it. */
export async function pickAndImport(): Promise<void> {
  const picked = await host.pickImportFile([...IMPORT_EXTENSIONS, ...TERRAIN_EXTENSIONS]);
  if (picked) importPicked(picked);
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

/**
 * Adds the previewed objects (the good rows, when some were skipped) to the project as one undoable step. Every
 * object already passed the project schema in the worker (importFile's last gate), so what is applied reopens (D1).
 */
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

/** Saves the rows the previewed CSV import skips, with a problem column, as a CSV to fix and import again. */
export async function exportSkippedRows(): Promise<void> {
  const dialog = importDialog();
  if (!dialog?.result?.ok || dialog.result.value.skipped.length === 0) return;
  const { skipped, csvLayout } = dialog.result.value;
  const { lang } = appStore.getState();
  const t = translator(lang);
  const describe = (row: SkippedRow) =>
    row.problems.map((p) => formatProblem({ ...p, file: undefined, line: undefined }, lang)).join(' ');
  const csv = skippedRowsToCsv(
    csvLayout?.headers ?? dialog.csvHeaders ?? [],
    skipped,
    t('import.problemColumn'),
    describe,
    csvLayout?.delimiter ?? ';',
  );
  const base = dialog.fileName.replace(/\.[^.]+$/, '');
  const result = await host.exportFile({
    suggestedName: `${base}-${lang === 'da' ? 'sprungne' : 'skipped'}.csv`,
    bytes: new TextEncoder().encode(csv),
    mimeType: 'text/csv',
  });
  const store = appStore.getState();
  if (result.ok) store.showToast(t('toast.skippedExported', { name: result.name }));
  else if (!result.canceled)
    store.openDialog({ kind: 'error', message: t('error.export', { message: result.message }) });
}
