import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { createEmptyProject } from '../../core/project/defaults';
import type { Project } from '../../core/project/schema';
import type { Action } from './actions';
import type { AppState, BasemapId, DialogState, LayerId, RequestExportChoice, RequestStep, ToolId } from './app-state';
import { EMPTY_HISTORY, recordEdit, redoStep, undoStep, type History } from './history';
import { EMPTY_SLICE_PLAN } from './slices-plan';
import { EMPTY_COVERAGE } from './coverage-state';
import { EMPTY_CALIBRATION } from './calibration-state';

/** What a loaded document brings with it. */
export interface LoadedDocument {
  project: Project;
  handleId: string | null;
  name: string | null;
  /** True for recovered work that was never saved. */
  dirty?: boolean;
}

export interface StoreActions {
  /**
   * Applies a document edit as one undo step and stamps `meta.modifiedAt`. Edits passing the
   * same `coalesce` key one after another (typing in one field) share one undo step.
   */
  dispatch<P>(action: Action<P>, payload: P, options?: { coalesce?: string }): void;
  /** Ends the current coalesced edit (a field lost focus); the next edit is a new undo step. */
  endCoalesce(): void;
  openRequestWizard(step?: RequestStep): void;
  closeRequestWizard(): void;
  setRequestStep(step: RequestStep): void;
  setRequestChoice(choice: Partial<RequestExportChoice>): void;
  setRequestBusy(busy: boolean): void;
  undo(): void;
  redo(): void;
  /** Replaces the document (open, new, recover); resets undo history and selection. */
  loadDocument(doc: LoadedDocument): void;
  /** Marks the current document as saved under a handle and name. */
  markSaved(handleId: string | null, name: string): void;
  select(id: string | null): void;
  setLang(lang: AppState['lang']): void;
  setBasemap(basemap: BasemapId): void;
  setLayerVisible(layer: LayerId, visible: boolean): void;
  togglePanel(panel: keyof AppState['panels']): void;
  setPanel(panel: keyof AppState['panels'], open: boolean): void;
  setToken(token: string | null): void;
  setPointer(pointer: AppState['pointer']): void;
  setZoom(zoom: number): void;
  setTileError(tileError: boolean): void;
  openDialog(dialog: DialogState): void;
  closeDialog(): void;
  setTool(tool: ToolId): void;
  setDrawAreaKind(kind: AppState['drawAreaKind']): void;
  showToast(text: string): void;
  setLastAutosave(iso: string | null): void;
  requestFit(): void;
  /** Selects an object and asks the map to zoom to it. */
  focus(id: string): void;
}

export type AppStore = AppState & StoreActions & { history: History; savedProject: Project | null };

export interface StoreOptions {
  /** Clock for `meta.modifiedAt`; tests pass a fixed one. */
  now?: () => Date;
  project?: Project;
  lang?: AppState['lang'];
  token?: string | null;
}

let toastCounter = 0;

/** Creates the app store (vanilla zustand, so tests can use it without React). */
export function createAppStore(options: StoreOptions = {}): StoreApi<AppStore> {
  const now = options.now ?? (() => new Date());
  const initial = options.project ?? createEmptyProject({ name: 'Frekvensplan', now: now() });
  return createStore<AppStore>()((set, get) => ({
    project: initial,
    savedProject: initial,
    history: EMPTY_HISTORY,
    fileHandleId: null,
    fileName: null,
    dirty: false,
    selectedId: null,
    lang: options.lang ?? 'da',
    activeTool: 'select',
    drawAreaKind: 'interest',
    panels: {
      objects: true,
      inspector: true,
      terms: false,
      slices: false,
      coverage: false,
      link: false,
      calibration: false,
    },
    requestWizard: null,
    coalesceKey: null,
    layers: { sites: true, areas: true, corridors: true },
    basemap: 'land',
    tileError: false,
    dataforsyningenToken: options.token ?? null,
    pointer: null,
    zoom: null,
    dialog: null,
    toast: null,
    lastAutosaveAt: null,
    slicePlan: EMPTY_SLICE_PLAN,
    coverage: EMPTY_COVERAGE,
    calibration: EMPTY_CALIBRATION,
    loadSeq: 0,
    fitSeq: 0,
    focusSeq: 0,

    dispatch(action, payload, options) {
      const { project, history, savedProject, coalesceKey } = get();
      const edited = action.perform(project, payload);
      if (edited === project) return;
      const next: Project = { ...edited, meta: { ...edited.meta, modifiedAt: now().toISOString() } };
      const key = options?.coalesce ?? null;
      const extend = key !== null && key === coalesceKey && history.undo.length > 0;
      set({
        project: next,
        history: extend ? { undo: history.undo, redo: [] } : recordEdit(history, project),
        dirty: next !== savedProject,
        coalesceKey: key,
      });
    },
    endCoalesce() {
      if (get().coalesceKey !== null) set({ coalesceKey: null });
    },
    undo() {
      const { project, history, savedProject } = get();
      const step = undoStep(history, project);
      if (step)
        set({ project: step.project, history: step.history, dirty: step.project !== savedProject, coalesceKey: null });
    },
    redo() {
      const { project, history, savedProject } = get();
      const step = redoStep(history, project);
      if (step)
        set({ project: step.project, history: step.history, dirty: step.project !== savedProject, coalesceKey: null });
    },
    openRequestWizard(step = 'requester') {
      set((s) => ({
        requestWizard: {
          step,
          choice: s.requestWizard?.choice ?? { format: 'pdf', lang: s.lang, markDraft: false },
          busy: false,
        },
      }));
    },
    closeRequestWizard: () => set({ requestWizard: null, coalesceKey: null }),
    setRequestStep: (step) => set((s) => (s.requestWizard ? { requestWizard: { ...s.requestWizard, step } } : {})),
    setRequestChoice: (choice) =>
      set((s) =>
        s.requestWizard
          ? { requestWizard: { ...s.requestWizard, choice: { ...s.requestWizard.choice, ...choice } } }
          : {},
      ),
    setRequestBusy: (busy) => set((s) => (s.requestWizard ? { requestWizard: { ...s.requestWizard, busy } } : {})),
    loadDocument(doc) {
      set((s) => ({
        project: doc.project,
        savedProject: doc.dirty ? null : doc.project,
        history: EMPTY_HISTORY,
        fileHandleId: doc.handleId,
        fileName: doc.name,
        dirty: doc.dirty ?? false,
        selectedId: null,
        lastAutosaveAt: null,
        coalesceKey: null,
        loadSeq: s.loadSeq + 1,
      }));
    },
    markSaved(handleId, name) {
      set((s) => ({ savedProject: s.project, dirty: false, fileHandleId: handleId, fileName: name }));
    },
    select: (selectedId) => set({ selectedId }),
    setLang: (lang) => set({ lang }),
    setBasemap: (basemap) => set({ basemap, tileError: false }),
    setLayerVisible: (layer, visible) => set((s) => ({ layers: { ...s.layers, [layer]: visible } })),
    setPanel: (panel, open) => set((s) => ({ panels: { ...s.panels, [panel]: open } })),
    togglePanel: (panel) => set((s) => ({ panels: { ...s.panels, [panel]: !s.panels[panel] } })),
    setToken: (dataforsyningenToken) =>
      set((s) => ({
        dataforsyningenToken,
        basemap: !dataforsyningenToken && s.basemap === 'skaermkort' ? 'land' : s.basemap,
      })),
    setPointer: (pointer) => set({ pointer }),
    setZoom: (zoom) => set({ zoom }),
    setTileError: (tileError) => {
      if (get().tileError !== tileError) set({ tileError });
    },
    openDialog: (dialog) => set({ dialog }),
    closeDialog: () => set({ dialog: null }),
    setTool: (activeTool) => set({ activeTool }),
    setDrawAreaKind: (drawAreaKind) => set({ drawAreaKind }),
    showToast: (text) => set({ toast: { id: ++toastCounter, text } }),
    setLastAutosave: (lastAutosaveAt) => set({ lastAutosaveAt }),
    requestFit: () => set((s) => ({ fitSeq: s.fitSeq + 1 })),
    focus: (id) => set((s) => ({ selectedId: id, focusSeq: s.focusSeq + 1 })),
  }));
}

/** The window's store. */
export const appStore = createAppStore();

/** React hook over the window's store. */
export function useApp<T>(selector: (state: AppStore) => T): T {
  return useStore(appStore, selector);
}
