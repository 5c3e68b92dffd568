import { useEffect } from 'react';
import { serializeProject } from '../../core/project/load';
import { host } from '../host';
import { appStore, useApp } from '../state/store';
import { commandForKey, guardedOpen, isTextEntry, isTypingTarget, runCommand, sendCommand } from './commands';
import { handleOpenResult } from './document-flows';

/** Delay after the last edit before the recovery copy is written, in milliseconds. */
export const AUTOSAVE_DELAY_MS = 1500;

/** Connects the host to the store: menu commands, OS-opened files and keyboard shortcuts. */
export function useHostBridge(): void {
  useEffect(() => {
    const offMenu = host.onMenuCommand((command, recentHandleId) => runCommand(command, recentHandleId));
    const offOpen = host.onOpenFile((result) =>
      result.ok ? guardedOpen({ file: result.file }) : handleOpenResult(result),
    );
    return () => {
      offMenu();
      offOpen();
    };
  }, []);

  useEffect(() => {
    if (host.kind !== 'browser') return undefined;
    const onKey = (event: KeyboardEvent) => {
      const command = commandForKey(event);
      if (!command) return;
      const historyKey = command === 'edit.undo' || command === 'edit.redo';
      if (isTypingTarget(event.target) && !(historyKey && !isTextEntry(event.target))) {
        if (!command.startsWith('file.')) return;
        // Commit the field being edited before saving or opening.
        (event.target as HTMLElement).blur();
      }
      if (appStore.getState().dialog && command !== 'file.save') return;
      event.preventDefault();
      sendCommand(command);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}

/** Keeps the window title and the close prompt in step with the document. */
export function useDocumentState(): void {
  const name = useApp((s) => s.project.meta.name);
  const dirty = useApp((s) => s.dirty);
  const lang = useApp((s) => s.lang);
  useEffect(() => {
    host.setDocumentState({ title: `${dirty ? '• ' : ''}${name} — Frekvensplan`, dirty });
  }, [name, dirty]);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
}

/**
 * While the document is dirty, writes it to the host's recovery slot shortly after each edit;
 * drops the copy again when the document becomes clean (saved, undone, replaced).
 */
export function useAutosave(): void {
  const project = useApp((s) => s.project);
  const dirty = useApp((s) => s.dirty);
  const autosaved = useApp((s) => s.lastAutosaveAt !== null);
  useEffect(() => {
    if (dirty || !autosaved) return;
    void host.clearRecovery().then(() => appStore.getState().setLastAutosave(null));
  }, [dirty, autosaved]);
  useEffect(() => {
    if (!dirty) return undefined;
    const timer = window.setTimeout(() => {
      const { fileName, fileHandleId, setLastAutosave } = appStore.getState();
      void host
        .writeRecovery({
          name: fileName ?? `${project.meta.name}.frekvensplan`,
          handleId: fileHandleId,
          text: serializeProject(project),
        })
        .then(() => setLastAutosave(new Date().toISOString()));
    }, AUTOSAVE_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [project, dirty]);
}
