import type { StoreApi } from 'zustand/vanilla';
import type { Calibration } from '../../core/calibration';
import { defineAction } from './actions';
import type { CalibrationSession } from './calibration-state';
import type { AppStore } from './store';

/** Stores (or, with null, clears) the project's calibration: one undoable document edit. */
export const setCalibration = defineAction<Calibration | null>('setCalibration', (project, calibration) =>
  project.calibration === calibration ? project : { ...project, calibration },
);

/** Session-only update of the calibration panel's state (never undoable). */
export function updateCalibration(
  store: StoreApi<AppStore>,
  patch: Partial<CalibrationSession> | ((state: CalibrationSession) => Partial<CalibrationSession>),
): void {
  store.setState((s) => ({
    calibration: { ...s.calibration, ...(typeof patch === 'function' ? patch(s.calibration) : patch) },
  }));
}

/** Opens the calibration panel (closing the other right-side panels), or closes it when it is open. */
export function toggleCalibrationPanel(store: StoreApi<AppStore>): void {
  const s = store.getState();
  const open = !s.panels.calibration;
  s.closeRequestWizard();
  store.setState((state) => ({
    panels: {
      ...state.panels,
      calibration: open,
      ...(open ? { terms: false, slices: false, coverage: false, link: false } : {}),
    },
  }));
}
