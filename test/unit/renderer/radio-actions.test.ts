import { describe, expect, it } from 'vitest';
import { ueNoiseFigureOf } from '../../../core/coverage';
import { setRadioSettings } from '../../../renderer/state/radio-actions';
import { sampleProject } from '../core/request/fixtures';

describe('setRadioSettings (undoable project edit)', () => {
  it('sets the noise figure and its note, and undefined goes back to the default', () => {
    const project = sampleProject();
    const set = setRadioSettings.perform(project, { ueNoiseFigureDb: 9, ueNoiseFigureSource: 'measured' });
    expect(set.radio).toEqual({ ueNoiseFigureDb: 9, ueNoiseFigureSource: 'measured' });
    expect(project.radio).toEqual({}); // pure: the input is unchanged
    const reset = setRadioSettings.perform(set, { ueNoiseFigureDb: undefined, ueNoiseFigureSource: undefined });
    expect(reset.radio).toEqual({});
    expect(ueNoiseFigureOf(reset).isDefault).toBe(true);
  });

  it('returns the same project for a no-op, so no undo step is recorded', () => {
    const project = sampleProject();
    expect(setRadioSettings.perform(project, { ueNoiseFigureDb: undefined })).toBe(project);
    const set = setRadioSettings.perform(project, { ueNoiseFigureDb: 9 });
    expect(setRadioSettings.perform(set, { ueNoiseFigureDb: 9 })).toBe(set);
  });
});
