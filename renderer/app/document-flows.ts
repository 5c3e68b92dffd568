import type { OpenResult } from '../../core/host/host-api';
import { createEmptyProject } from '../../core/project/defaults';
import { serializeProject } from '../../core/project/load';
import { PROJECT_FILE_EXTENSION } from '../../core/project/schema';
import { host } from '../host';
import { translator } from '../i18n';
import { appStore } from '../state/store';
import { loadProjectInWorker } from './load-project-job';

function t() {
  return translator(appStore.getState().lang);
}

/** File name to suggest when saving: the current file, or the project name made file-safe. */
export function suggestedFileName(): string {
  const { fileName, project } = appStore.getState();
  if (fileName) return fileName;
  const base = project.meta.name.replace(/[\\/:*?"<>|]+/g, '-').trim() || 'projekt';
  return `${base}${PROJECT_FILE_EXTENSION}`;
}

let opening: { cancel(): void } | null = null;

/**
 * Loads file text as the document: parsed, migrated and validated in a worker while the window stays
 * responsive. On problems it shows the problems dialog and leaves the open document untouched; on success it
 * replaces the document and resets undo history. Resolves true when the document was replaced.
 */
export async function openText(name: string, handleId: string | null, text: string): Promise<boolean> {
  opening?.cancel();
  const job = loadProjectInWorker(name, text);
  opening = job;
  appStore.getState().showToast(t()('open.busy', { name }));
  let result;
  try {
    result = await job.result;
  } catch {
    return false; // Cancelled by a newer open.
  } finally {
    if (opening === job) opening = null;
  }
  const store = appStore.getState();
  if (!result.ok) {
    store.openDialog({ kind: 'problems', file: name, problems: result.problems });
    return false;
  }
  store.loadDocument({ project: result.value.project, handleId, name });
  void host.clearRecovery();
  const { migrations, fromVersion } = result.value;
  store.showToast(migrations.length > 0 ? t()('toast.migrated', { from: fromVersion }) : t()('toast.opened', { name }));
  return true;
}

/** Handles the result of any host open (dialog, recent list, OS). */
export function handleOpenResult(result: OpenResult): void {
  if (result.ok) void openText(result.file.name, result.file.handleId, result.file.text);
  else if (!result.canceled)
    appStore.getState().openDialog({
      kind: 'error',
      title: t()('problems.title'),
      message: t()('error.open', { message: result.message }),
    });
}

/** Asks the host for a project file and opens it. */
export async function openProjectFile(recentHandleId?: string): Promise<void> {
  const result = recentHandleId ? await host.openRecent(recentHandleId) : await host.openProject();
  handleOpenResult(result);
}

/** Replaces the document with an empty project. */
export function newProject(): void {
  void host.clearRecovery();
  appStore.getState().loadDocument({
    project: createEmptyProject({ name: t()('untitled'), now: new Date() }),
    handleId: null,
    name: null,
  });
}

/**
 * Saves the document; on success clears dirty and the recovery copy. Every failure, also one the host throws,
 * reaches the user as a dialog with the host's message (which names the file and a fix) and keeps the
 * document dirty; resolves false then, and on cancel.
 */
export async function saveProject(saveAs: boolean): Promise<boolean> {
  const { project, fileHandleId } = appStore.getState();
  let result;
  try {
    result = await host.saveProject({
      handleId: fileHandleId,
      suggestedName: suggestedFileName(),
      text: serializeProject(project),
      saveAs,
    });
  } catch (error) {
    result = {
      ok: false as const,
      canceled: false as const,
      message: error instanceof Error ? error.message : String(error),
    };
  }
  const store = appStore.getState();
  if (!result.ok) {
    if (!result.canceled)
      store.openDialog({
        kind: 'error',
        title: t()('save.errorTitle'),
        message: `${t()('save.errorIntro')} ${result.message}`,
      });
    return false;
  }
  // Only mark saved if nothing changed while the host was writing.
  if (store.project === project) store.markSaved(result.handleId, result.name);
  else appStore.setState({ fileHandleId: result.handleId, fileName: result.name });
  store.showToast(t()('toast.saved', { name: result.name }));
  await host.clearRecovery().catch(() => undefined);
  store.setLastAutosave(null);
  return true;
}

/** Offers the autosaved copy when one exists (called once at start). */
export async function checkRecovery(): Promise<void> {
  const entry = await host.readRecovery();
  if (entry) appStore.getState().openDialog({ kind: 'recovery', ...entry });
}

/**
 * Restores the recovery copy as an unsaved document. The copy is only ever removed after it was restored
 * (then the next autosave replaces it) or discarded on purpose: when it cannot be loaded, its problems are
 * shown and it stays where it is, to be saved as a file or offered again.
 */
export async function restoreRecovery(name: string, handleId: string | null, text: string, id?: string): Promise<void> {
  const store = appStore.getState();
  store.closeDialog();
  const result = await loadProjectInWorker(name, text).result;
  if (!result.ok) {
    appStore
      .getState()
      .openDialog({ kind: 'recoveryFailed', name, text, problems: result.problems, ...(id ? { id } : {}) });
    return;
  }
  appStore.getState().loadDocument({ project: result.value.project, handleId, name, dirty: true });
  // The copy becomes this window's own; an offered copy from another (closed) tab is removed only after that.
  await host.writeRecovery({ name, handleId, text }, id).catch(() => undefined);
  appStore.getState().showToast(t()('toast.recovered'));
}

/** Saves the raw text of a recovery copy that cannot be loaded, so it can be repaired by hand. */
export async function saveRecoveryCopyAsFile(name: string, text: string): Promise<void> {
  const base = name.replace(/\.frekvensplan$/i, '');
  const result = await host.exportFile({
    suggestedName: `${base}.gendannet.frekvensplan`,
    bytes: new TextEncoder().encode(text),
    mimeType: 'application/json',
  });
  if (result.ok) appStore.getState().showToast(t()('toast.exported', { name: result.name }));
  else if (!result.canceled) appStore.getState().openDialog({ kind: 'error', message: result.message });
}

/** Throws away the offered recovery copy (the user chose to). */
export async function discardRecovery(id?: string): Promise<void> {
  appStore.getState().closeDialog();
  await host.clearRecovery(id);
}
