import { describe, expect, it } from 'vitest';
import { ueNoiseFigureOf } from '../../../../core/coverage';
import { loadProject, serializeProject } from '../../../../core/project';
import { UE_NOISE_FIGURE } from '../../../../core/radio';
import { planSlices } from '../../../../core/slices';
import { sampleProject, termsProfile } from '../request/fixtures';

describe('project radio settings: the UE noise figure with its source', () => {
  it('defaults to 7 dB from UE_NOISE_FIGURE, marked as the unverified built-in default', () => {
    const nf = ueNoiseFigureOf(sampleProject());
    expect(nf).toMatchObject({ valueDb: 7, isDefault: true });
    expect(UE_NOISE_FIGURE.verified).toBe(false);
    expect(nf.source.en).toMatch(/not verified/);
    expect(nf.source.da).toMatch(/ikke verificeret/);
  });

  it('takes the project value and its note, and survives a save and load', () => {
    const project = { ...sampleProject(), radio: { ueNoiseFigureDb: 9, ueNoiseFigureSource: 'UE data sheet' } };
    expect(ueNoiseFigureOf(project)).toMatchObject({ valueDb: 9, isDefault: false });
    expect(ueNoiseFigureOf(project).source.en).toBe('set in the project: UE data sheet');
    const reloaded = loadProject(serializeProject(project));
    if (!reloaded.ok) throw new Error('must load');
    expect(reloaded.value.project.radio).toEqual({ ueNoiseFigureDb: 9, ueNoiseFigureSource: 'UE data sheet' });
  });

  it('is optional in the v5 file: a file without it loads with radio {} and the default', () => {
    const text = serializeProject(sampleProject());
    const raw = JSON.parse(text) as Record<string, unknown>;
    delete raw.radio;
    const loaded = loadProject(JSON.stringify(raw));
    if (!loaded.ok) throw new Error('must load');
    expect(loaded.value.project.radio).toEqual({});
    const bad = loadProject(JSON.stringify({ ...raw, radio: { ueNoiseFigureDb: 50 } }));
    expect(bad.ok).toBe(false);
  });

  it('feeds the slice plan: 20 dB more noise figure means less uplink capacity per cell', () => {
    const profile = termsProfile('dk-tt-2021');
    const base = planSlices(sampleProject(), { profile, resolutionM: 200 });
    const noisy = planSlices({ ...sampleProject(), radio: { ueNoiseFigureDb: 20 } }, { profile, resolutionM: 200 });
    if (!base.ok || !noisy.ok) throw new Error('plans must run');
    const dl = (p: typeof base) => (p.ok ? p.value.cells.reduce((s, c) => s + c.capacityDlMbps, 0) : 0);
    expect(dl(noisy)).toBeLessThan(dl(base));
  });
});
