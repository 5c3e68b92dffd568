import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadProject } from '../../../core/project/load';
import type { Project } from '../../../core/project/schema';
import { bundlePresets } from '../../../core/slices';
import { INCIDENT_BUNDLE_ID, PRESET_LIBRARY } from '../../../renderer/features/slices/preset-library';
import { defaultAreaOfService, slicesFromPresets } from '../../../renderer/features/slices/slice-format';
import { validateSlice } from '../../../renderer/features/slices/slice-validation';
import { addSlices, deleteSlice, updateSlice } from '../../../renderer/state/slices-actions';
import {
  EMPTY_SLICE_PLAN,
  plannedBandwidthMHz,
  slicePlanInputsHash,
  slicesNeedForRequest,
} from '../../../renderer/state/slices-plan';
import { createAppStore } from '../../../renderer/state/store';
import { projectTerms } from '../../../renderer/terms/catalog';

function sample(): Project {
  const result = loadProject(readFileSync('data/samples/langeland.frekvensplan', 'utf8'));
  if (!result.ok) throw new Error('sample does not load');
  return result.value.project;
}

describe('slice actions', () => {
  it('add, update and delete never mutate and are one undo step each', () => {
    const project = sample();
    const before = JSON.stringify(project);
    const store = createAppStore({ project, now: () => new Date('2026-01-01T00:00:00Z') });
    const [iot] = slicesFromPresets(
      project,
      PRESET_LIBRARY.presets.filter((p) => p.id === 'iot-sensors'),
      'da',
    );
    if (!iot) throw new Error('no iot preset');
    store.getState().dispatch(addSlices, { slices: [iot] });
    expect(store.getState().project.slices).toHaveLength(5);
    store.getState().dispatch(updateSlice, { slice: { ...iot, name: 'Sensorer' } });
    store.getState().dispatch(deleteSlice, { id: project.slices[0]?.id ?? '' });
    expect(store.getState().project.slices.map((s) => s.name)).toContain('Sensorer');
    expect(store.getState().project.slices).toHaveLength(4);
    store.getState().undo();
    store.getState().undo();
    expect(store.getState().project.slices.at(-1)?.name).toBe('IoT-sensorer');
    store.getState().undo();
    expect(store.getState().project.slices).toHaveLength(4);
    expect(JSON.stringify(project)).toBe(before);
  });

  it('no-op edits return the project itself (no undo step)', () => {
    const project = sample();
    const first = project.slices[0];
    if (!first) throw new Error('sample has no slices');
    expect(addSlices.perform(project, { slices: [] })).toBe(project);
    expect(updateSlice.perform(project, { slice: { ...first } })).toBe(project);
    expect(deleteSlice.perform(project, { id: 'nope' })).toBe(project);
  });
});

describe('slices from presets', () => {
  it('the incident bundle puts drone presets on the corridors at their altitude and the rest on incident areas', () => {
    const project = sample();
    const slices = slicesFromPresets(project, bundlePresets(PRESET_LIBRARY, INCIDENT_BUNDLE_ID), 'en');
    expect(slices).toHaveLength(4);
    expect(slices[0]?.areaOfService).toEqual({
      areaIds: [],
      corridorIds: ['drone-rudkobing-bagenkop'],
      siteIds: [],
      altitudeM: 120,
    });
    expect(slices[2]?.areaOfService.areaIds).toEqual(['incident-humble']);
    expect(new Set(slices.map((s) => s.id)).size).toBe(4);
    const iot = PRESET_LIBRARY.presets.find((p) => p.id === 'iot-sensors');
    if (!iot) throw new Error('no iot preset');
    expect(defaultAreaOfService({ ...project, areas: [] }, iot).areaIds).toEqual([]);
  });
});

describe('validateSlice', () => {
  it('locates peak-below-guaranteed at the peak field, in Danish and English', () => {
    const slice = sample().slices[1];
    const result = validateSlice({ ...slice, ulPerDevice: { guaranteedMbps: 4000, peakMbps: 8 } });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]?.path).toBe('ulPerDevice.peakMbps');
    expect(result.problems[0]?.message.da).toMatch(/Spidsraten/);
    expect(result.problems[0]?.message.en).toMatch(/peak rate/);
  });

  it('refuses an empty name and a 5QI out of range with their paths', () => {
    const slice = sample().slices[0];
    const result = validateSlice({ ...slice, name: ' ', fiveQi: 0 });
    expect(result.ok ? [] : result.problems.map((p) => p.path).sort()).toEqual(['fiveQi', 'name']);
  });
});

describe('plannedBandwidthMHz', () => {
  it('gives the feasible, else the conditional bandwidth, and nothing when the inputs changed', () => {
    const project = sample();
    const { profile } = projectTerms(project);
    const hash = slicePlanInputsHash(project, profile);
    const plan = {
      allowedBandwidthsMHz: [40, 60],
      bandwidthMHz: null,
      conditionalBandwidthMHz: 60,
      assessedBandwidthMHz: 60,
      slices: [],
      cells: [],
      evaluations: [],
    };
    const state = { busy: false, inputsHash: hash, result: { ok: true as const, plan, warnings: [] } };
    expect(plannedBandwidthMHz(state, hash)).toBe(60);
    expect(
      plannedBandwidthMHz({ ...state, result: { ...state.result, plan: { ...plan, bandwidthMHz: 40 } } }, hash),
    ).toBe(40);
    const edited = { ...project, request: { ...project.request, tddPattern: 'DDDDDDDSUU' } };
    expect(plannedBandwidthMHz(state, slicePlanInputsHash(edited, profile))).toBeUndefined();
    expect(plannedBandwidthMHz(EMPTY_SLICE_PLAN, hash)).toBeUndefined();
  });

  it('tells the request a fresh plan without any bandwidth apart from a missing or stale plan', () => {
    const project = sample();
    const { profile } = projectTerms(project);
    const hash = slicePlanInputsHash(project, profile);
    const plan = {
      allowedBandwidthsMHz: [40, 60],
      bandwidthMHz: null,
      conditionalBandwidthMHz: null,
      assessedBandwidthMHz: 60,
      slices: [],
      cells: [],
      evaluations: [],
    };
    const state = { busy: false, inputsHash: hash, result: { ok: true as const, plan, warnings: [] } };
    expect(slicesNeedForRequest(state, hash, 4)).toEqual({ slicesInfeasible: true });
    expect(slicesNeedForRequest(state, 'other inputs', 4)).toEqual({ slicesUnsized: true });
    expect(slicesNeedForRequest(EMPTY_SLICE_PLAN, hash, 4)).toEqual({ slicesUnsized: true });
    const sized = { ...state, result: { ...state.result, plan: { ...plan, conditionalBandwidthMHz: 60 } } };
    expect(slicesNeedForRequest(sized, hash, 4)).toEqual({ requiredBandwidthMHz: 60 });
    expect(slicesNeedForRequest(state, hash, 0)).toEqual({});
  });
});
