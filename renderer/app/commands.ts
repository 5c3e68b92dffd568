import { MENU_COMMANDS, type MenuCommand } from '../../core/host/host-api';
import { emitMenuCommand } from '../host/menu-bus';
import type { AppCommand } from './app-command';
import { deleteObject } from '../state/actions';
import { toggleCalibrationPanel } from '../state/calibration-actions';
import type { Lang } from '../../core/i18n/localized';
import { LOCAL_KEYS, type PendingOpen } from '../state/app-state';
import { toggleCoveragePanel } from '../state/coverage-actions';
import { appStore } from '../state/store';
import { newProject, openProjectFile, openText, saveProject } from './document-flows';
import { pickAndImport } from './import-flow';

/** Runs New / Open / Open Recent now (no unsaved-changes check). */
export function continueOpen(pending: PendingOpen): void {
  appStore.getState().closeDialog();
  if (pending === 'new') newProject();
  else if (pending === 'open') void openProjectFile();
  else if ('recent' in pending) void openProjectFile(pending.recent);
  else openText(pending.file.name, pending.file.handleId, pending.file.text);
}

/** Runs New / Open / a file from the OS, asking first when the document has unsaved changes. */
export function guardedOpen(pending: PendingOpen): void {
  const { dirty, openDialog } = appStore.getState();
  if (dirty) openDialog({ kind: 'confirmDiscard', then: pending });
  else continueOpen(pending);
}

/** Sets the UI language and remembers it on this computer. */
export function setLanguage(lang: Lang): void {
  appStore.getState().setLang(lang);
  try {
    localStorage.setItem(LOCAL_KEYS.lang, lang);
  } catch {
    // Storage may be unavailable (private mode); the choice then lasts for the session.
  }
}

/** Toggles the UI language and remembers it. */
export function toggleLanguage(): void {
  setLanguage(appStore.getState().lang === 'da' ? 'en' : 'da');
}

/** Text-editing commands a focused text field handles itself (native menu accelerators reach us first). */
const TEXT_EDIT_COMMANDS: Partial<Record<AppCommand, string>> = {
  'edit.undo': 'undo',
  'edit.redo': 'redo',
  'edit.delete': 'delete',
};

/**
 * The command registry: the menu bar, the native menu and keyboard shortcuts all run commands through here, and
 * edits go through the same store actions tests use.
 */
export function runCommand(command: AppCommand, recentHandleId?: string): void {
  const store = appStore.getState();
  const textCommand = TEXT_EDIT_COMMANDS[command];
  if (textCommand && isTextEntry(document.activeElement)) {
    // Undo/redo/delete inside a text field edits the text, never the project.
    document.execCommand(textCommand);
    return;
  }
  // Delete with a checkbox or select focused must not remove the selected object.
  if (command === 'edit.delete' && isTypingTarget(document.activeElement)) return;
  switch (command) {
    case 'file.new':
      return guardedOpen('new');
    case 'file.open':
      return guardedOpen(recentHandleId ? { recent: recentHandleId } : 'open');
    case 'file.save':
      void saveProject(false);
      return;
    case 'file.saveAs':
      void saveProject(true);
      return;
    case 'file.import':
      void pickAndImport();
      return;
    case 'file.export':
      return store.openDialog({ kind: 'export', busy: false });
    case 'edit.undo':
      return store.undo();
    case 'edit.redo':
      return store.redo();
    case 'edit.delete':
      // The wizard covers the map: Delete there must not remove the selected map object.
      if (store.selectedId && !store.requestWizard) {
        store.dispatch(deleteObject, { id: store.selectedId });
        store.select(null);
      }
      return;
    case 'view.fitProject':
      return store.requestFit();
    case 'view.toggleLanguage':
      return toggleLanguage();
    case 'help.about':
      return store.openDialog({ kind: 'about' });
    case 'help.shortcuts':
      return store.openDialog({ kind: 'shortcuts' });
    case 'request.open':
      store.endCoalesce();
      return store.openRequestWizard();
    case 'terms.open':
      store.closeRequestWizard();
      store.setPanel('slices', false);
      store.setPanel('coverage', false);
      store.setPanel('link', false);
      store.setPanel('calibration', false);
      return store.setPanel('terms', !store.panels.terms);
    case 'slices.open':
      store.closeRequestWizard();
      store.setPanel('terms', false);
      store.setPanel('coverage', false);
      store.setPanel('link', false);
      store.setPanel('calibration', false);
      return store.setPanel('slices', !store.panels.slices);
    case 'coverage.open':
      return toggleCoveragePanel(appStore, 'coverage');
    case 'link.open':
      return toggleCoveragePanel(appStore, 'link');
    case 'calibration.open':
      return toggleCalibrationPanel(appStore);
  }
}

/** Sends a command from the in-app menu bar or a shortcut: host menu commands go through the host's menu bus. */
export function sendCommand(command: AppCommand, recentHandleId?: string): void {
  if ((MENU_COMMANDS as readonly string[]).includes(command)) emitMenuCommand(command as MenuCommand, recentHandleId);
  else runCommand(command, recentHandleId);
}

/** Keyboard shortcuts of the browser build (Electron uses native menu accelerators). */
export function commandForKey(event: KeyboardEvent): AppCommand | null {
  const mod = event.ctrlKey || event.metaKey;
  const key = event.key.toLowerCase();
  if (mod && !event.altKey) {
    if (key === 'n') return 'file.new';
    if (key === 'o') return 'file.open';
    if (key === 's') return event.shiftKey ? 'file.saveAs' : 'file.save';
    if (key === 'z') return event.shiftKey ? 'edit.redo' : 'edit.undo';
    if (key === 'y') return 'edit.redo';
    if (key === 'i') return 'file.import';
    if (key === 'e') return 'file.export';
    if (key === 'r' && event.shiftKey) return 'request.open';
    return null;
  }
  if (event.key === 'Delete' && !mod) return 'edit.delete';
  if (event.key === 'F1' && !mod) return 'help.shortcuts';
  return null;
}

/** True when the key event comes from a text field, where Delete and Ctrl+Z belong to the field. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

const NON_TEXT_INPUTS = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file']);

/** True for controls that edit text, whose own undo history owns Ctrl+Z (not checkboxes, radios or selects). */
export function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target.tagName === 'TEXTAREA') return true;
  return target instanceof HTMLInputElement && !NON_TEXT_INPUTS.has(target.type);
}
