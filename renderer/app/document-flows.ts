import type { OpenResult } from '../../core/host/host-api';
import { createEmptyProject } from '../../core/project/defaults';
import { loadProject, serializeProject } from '../../core/project/load';
import { PROJECT_FILE_EXTENSION } from '../../core/project/schema';
import { host } from '../host';
import { translator } from '../i18n';
import { appStore } from '../state/store';

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

/**
 * Loads file text as the document. On problems it shows the problems dialog and leaves the
 * open document untouched; on success it replaces the document and resets undo history.
 */
export function openText(name: string, handleId: string | null, text: string): boolean {
  const store = appStore.getState();
  const result = loadProject(text, { file: name });
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
  if (result.ok) openText(result.file.name, result.file.handleId, result.file.text);
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

/** Saves the document; on success clears dirty and the recovery copy, on failure keeps dirty. */
export async function saveProject(saveAs: boolean): Promise<boolean> {
  const { project, fileHandleId } = appStore.getState();
  const result = await host.saveProject({
    handleId: fileHandleId,
    suggestedName: suggestedFileName(),
    text: serializeProject(project),
    saveAs,
  });
  const store = appStore.getState();
  if (!result.ok) {
    if (!result.canceled) store.openDialog({ kind: 'error', message: t()('error.save', { message: result.message }) });
    return false;
  }
  // Only mark saved if nothing changed while the host was writing.
  if (store.project === project) store.markSaved(result.handleId, result.name);
  else appStore.setState({ fileHandleId: result.handleId, fileName: result.name });
  store.showToast(t()('toast.saved', { name: result.name }));
  await host.clearRecovery();
  store.setLastAutosave(null);
  return true;
}

/** Offers the autosaved copy when one exists (called once at start). */
export async function checkRecovery(): Promise<void> {
  const entry = await host.readRecovery();
  if (entry) appStore.getState().openDialog({ kind: 'recovery', ...entry });
}

/** Restores the recovery copy as an unsaved document. */
export async function restoreRecovery(name: string, handleId: string | null, text: string): Promise<void> {
  const store = appStore.getState();
  store.closeDialog();
  const result = loadProject(text, { file: name });
  if (!result.ok) {
    store.openDialog({ kind: 'error', message: t()('error.recovery') });
    await host.clearRecovery();
    return;
  }
  store.loadDocument({ project: result.value.project, handleId, name, dirty: true });
  store.showToast(t()('toast.recovered'));
}

/** Throws away the recovery copy. */
export async function discardRecovery(): Promise<void> {
  appStore.getState().closeDialog();
  await host.clearRecovery();
}
