import type { RadioSettings } from '../../core/project/schema';
import { defineAction } from './actions';

/**
 * Changes the project's radio settings (an undoable edit). A field set to undefined is removed, so the engine's
 * default with its own source applies again.
 */
export const setRadioSettings = defineAction<Partial<RadioSettings>>('setRadioSettings', (project, patch) => {
  const next: RadioSettings = { ...project.radio };
  for (const [key, value] of Object.entries(patch) as [keyof RadioSettings, RadioSettings[keyof RadioSettings]][]) {
    if (value === undefined) delete next[key];
    else (next as Record<string, unknown>)[key] = value;
  }
  const same =
    Object.keys(next).length === Object.keys(project.radio).length &&
    (Object.keys(next) as (keyof RadioSettings)[]).every((k) => next[k] === project.radio[k]);
  return same ? project : { ...project, radio: next };
});
