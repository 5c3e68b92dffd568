import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { calibrationSchema, type Calibration } from '../../../core/calibration';
import { loadProject } from '../../../core/project/load';
import type { Project } from '../../../core/project/schema';
import { planSlices } from '../../../core/slices';
import { parseTermsProfile } from '../../../core/terms';
import { computeLink } from '../../../renderer/features/coverage/link-budget';
import { coverageInputsOf } from '../../../renderer/features/coverage/coverage-inputs';
import { setCalibration, toggleCalibrationPanel } from '../../../renderer/state/calibration-actions';
import { DEFAULT_COVERAGE_SETTINGS } from '../../../renderer/state/coverage-state';
import { slicePlanInputsHash } from '../../../renderer/state/slices-plan';
import { createAppStore } from '../../../renderer/state/store';

function sample(): Project {
  const result = loadProject(readFileSync('data/samples/langeland.frekvensplan', 'utf8'));
  if (!result.ok) throw new Error('sample does not load');
  return result.value.project;
}

function calibration(offsetDb: number): Calibration {
  return calibrationSchema.parse({
    fittedAt: '2026-05-02T08:00:00.000Z',
    measurementFile: { name: 'drive.csv', sha256: 'd'.repeat(64), rows: 800 },
    fittedUnder: { losMode: 'blend-mean-db', defaultHeightM: 1.5, terrain: 'none' },
    models: ['UMa', 'RMa', 'UMa-AV', 'RMa-AV'].map((model) => ({
      model,
      offsetDb,
      refDistanceM: 900,
      minDistanceM: 40,
      maxDistanceM: 4800,
      minHeightM: 1.5,
      maxHeightM: 120,
      n: 200,
      meanErrorDb: offsetDb,
      stdDb: 6,
      rmseDb: 8,
      rmseAfterDb: 6,
      offsetStdErrorDb: 0.4,
    })),
    overall: { n: 800, meanErrorDb: offsetDb, stdDb: 6, rmseDb: 8 },
    excluded: 0,
  });
}

describe('calibration in the app', () => {
  it('storing and clearing a calibration are single undo steps; storing the same record again records none', () => {
    const project = sample();
    const store = createAppStore({ project, now: () => new Date('2026-11-30T10:00:00Z') });
    store.getState().loadDocument({ project, handleId: null, name: null });
    const record = calibration(3.2);
    store.getState().dispatch(setCalibration, record);
    store.getState().dispatch(setCalibration, record);
    expect(store.getState().project.calibration).toBe(record);
    expect(store.getState().history.undo).toHaveLength(1);
    expect(store.getState().dirty).toBe(true);
    store.getState().dispatch(setCalibration, null);
    expect(store.getState().project.calibration).toBeNull();
    store.getState().undo();
    expect(store.getState().project.calibration).toBe(record);
    store.getState().undo();
    expect(store.getState().project.calibration).toBeNull();
  });

  it('the coverage inputs change with the calibration (a cached result goes stale)', () => {
    const project = sample();
    const plain = coverageInputsOf(project, DEFAULT_COVERAGE_SETTINGS, null);
    const calibrated = coverageInputsOf({ ...project, calibration: calibration(3.2) }, DEFAULT_COVERAGE_SETTINGS, null);
    expect(calibrated?.hash).not.toBe(plain?.hash);
    const indoor = { ...DEFAULT_COVERAGE_SETTINGS, target: 'indoor-low-loss' as const };
    // Indoors every cell is built on its own: the calibration must still travel with it.
    expect(
      coverageInputsOf({ ...project, calibration: calibration(3.2) }, indoor, null)?.cells[0]?.calibration,
    ).toBeDefined();
  });

  it('the link calculator adds the offset to RSRP and shows it, leaving path loss and pattern loss as they are', () => {
    const project = sample();
    const args = {
      cellId: 'faerge-spodsbjerg-a',
      target: { lon: 10.8, lat: 54.92 },
      targetHeightM: 1.5,
      settings: DEFAULT_COVERAGE_SETTINGS,
      terrain: null,
    };
    const plain = computeLink({ project, ...args });
    const shifted = computeLink({ project: { ...project, calibration: calibration(3.2) }, ...args });
    expect(shifted?.rsrpDbm).toBeCloseTo((plain?.rsrpDbm as number) + 3.2, 3);
    expect(shifted?.calibrationDb).toBeCloseTo(3.2, 9);
    expect(plain?.calibrationDb).toBe(0);
    expect(shifted?.pathLossDb).toBeCloseTo(plain?.pathLossDb as number, 9);
    expect(shifted?.patternLossDb).toBeCloseTo(plain?.patternLossDb as number, 3);
  });

  it('the slice plan uses the calibration, and its inputs hash says so', () => {
    // Two MC video cameras instead of four: the sample's slices then fit (the Humble cell's uplink is their limit).
    const base = sample();
    const project = {
      ...base,
      slices: base.slices.map((s) => (s.id === 'slice-mc-video' ? { ...s, deviceCount: 2 } : s)),
    };
    const json = JSON.parse(readFileSync('data/terms/dk-tt-2021.json', 'utf8'));
    const profile = parseTermsProfile(json);
    if (!profile.ok) throw new Error('profile');
    const pessimistic = { ...project, calibration: calibration(-15) };
    expect(slicePlanInputsHash(pessimistic, profile.value)).not.toBe(slicePlanInputsHash(project, profile.value));
    const plain = planSlices(project, { profile: profile.value, resolutionM: 200 });
    const lower = planSlices(pessimistic, { profile: profile.value, resolutionM: 200 });
    if (!plain.ok || !lower.ok) throw new Error('plan');
    // 15 dB less received power everywhere: the uplink (by reciprocity from the DL RSRP) no longer carries every slice.
    const status = (p: typeof plain) => p.value.slices.map((x) => x.status);
    expect(status(plain)).not.toContain('infeasible');
    expect(status(lower)).toContain('infeasible');
  });

  it('the calibration panel takes the right side from the other panels', () => {
    const store = createAppStore();
    store.getState().setPanel('coverage', true);
    toggleCalibrationPanel(store);
    expect(store.getState().panels).toMatchObject({ calibration: true, coverage: false, link: false });
    toggleCalibrationPanel(store);
    expect(store.getState().panels.calibration).toBe(false);
  });
});
