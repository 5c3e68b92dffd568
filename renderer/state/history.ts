import type { Project } from '../../core/project/schema';

/** Most undo steps kept; older ones are dropped. */
export const HISTORY_LIMIT = 200;

/** Undo and redo stacks of whole documents (structural sharing keeps them cheap). */
export interface History {
  undo: readonly Project[];
  redo: readonly Project[];
}

export const EMPTY_HISTORY: History = { undo: [], redo: [] };

/** Records `previous` before an edit: pushes it on the undo stack (bounded) and clears redo. */
export function recordEdit(history: History, previous: Project, limit = HISTORY_LIMIT): History {
  const undo = [...history.undo, previous];
  return { undo: undo.length > limit ? undo.slice(undo.length - limit) : undo, redo: [] };
}

/** Steps back: returns the document to show and the new history, or null when there is nothing to undo. */
export function undoStep(history: History, current: Project): { project: Project; history: History } | null {
  const project = history.undo[history.undo.length - 1];
  if (!project) return null;
  return { project, history: { undo: history.undo.slice(0, -1), redo: [...history.redo, current] } };
}

/** Steps forward again after an undo, or null when there is nothing to redo. */
export function redoStep(history: History, current: Project): { project: Project; history: History } | null {
  const project = history.redo[history.redo.length - 1];
  if (!project) return null;
  return { project, history: { undo: [...history.undo, current], redo: history.redo.slice(0, -1) } };
}
