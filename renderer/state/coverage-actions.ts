import type { StoreApi } from 'zustand/vanilla';
import type { CoverageLayerId, CoverageSettings, CoverageState, LinkState } from './coverage-state';
import type { AppStore } from './store';

/**
 * Session-only updates of the coverage slice (never undoable: nothing here touches the project document).
 * Each takes the store so tests can drive a store of their own.
 */
export function updateCoverage(
  store: StoreApi<AppStore>,
  patch: Partial<CoverageState> | ((state: CoverageState) => Partial<CoverageState>),
): void {
  store.setState((s) => ({
    coverage: { ...s.coverage, ...(typeof patch === 'function' ? patch(s.coverage) : patch) },
  }));
}

export function setCoverageSettings(store: StoreApi<AppStore>, settings: Partial<CoverageSettings>): void {
  updateCoverage(store, (c) => ({ settings: { ...c.settings, ...settings } }));
}

export function setCoverageLayer(store: StoreApi<AppStore>, layer: CoverageLayerId, visible: boolean): void {
  updateCoverage(store, (c) => ({ layers: { ...c.layers, [layer]: visible } }));
}

export function setLink(store: StoreApi<AppStore>, link: Partial<LinkState>): void {
  updateCoverage(store, (c) => ({ link: { ...c.link, ...link } }));
}

/** Opens one of the coverage panels (closing the other right-side panels), or closes it when it is open. */
export function toggleCoveragePanel(store: StoreApi<AppStore>, panel: 'coverage' | 'link'): void {
  const s = store.getState();
  const open = !s.panels[panel];
  s.closeRequestWizard();
  store.setState((state) => ({
    panels: {
      ...state.panels,
      terms: open ? false : state.panels.terms,
      slices: open ? false : state.panels.slices,
      calibration: open ? false : state.panels.calibration,
      coverage: panel === 'coverage' ? open : false,
      link: panel === 'link' ? open : false,
    },
  }));
  if (!open && panel === 'link') setLink(store, { picking: false });
}
