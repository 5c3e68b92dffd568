import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadProject } from '../../../core/project/load';
import type { Project } from '../../../core/project/schema';
import { addSite, deleteObject, moveSite, renameObject, updateCorridor } from '../../../renderer/state/actions';
import { EMPTY_HISTORY, HISTORY_LIMIT, recordEdit, type History } from '../../../renderer/state/history';
import { createAppStore } from '../../../renderer/state/store';

function sample(): Project {
  const result = loadProject(readFileSync('data/samples/langeland.frekvensplan', 'utf8'));
  if (!result.ok) throw new Error('sample does not load');
  return result.value.project;
}

const CLOCK = new Date('2026-11-29T10:00:00.000Z');

function store(project = sample()) {
  const s = createAppStore({ project, now: () => CLOCK });
  s.getState().loadDocument({ project, handleId: null, name: null });
  return s;
}

describe('actions', () => {
  it('perform is pure: the input project is not mutated', () => {
    const project = sample();
    const before = JSON.stringify(project);
    const moved = moveSite.perform(project, { id: 'raadhus', lon: 10.8, lat: 55 });
    expect(JSON.stringify(project)).toBe(before);
    expect(moved.sites.find((s) => s.id === 'raadhus')).toMatchObject({ lon: 10.8, lat: 55 });
    expect(moved.areas).toBe(project.areas);
  });

  it('renameObject and deleteObject find sites, areas and corridors by id', () => {
    const project = sample();
    const corridorId = project.corridors[0]!.id;
    expect(renameObject.perform(project, { id: corridorId, name: 'K' }).corridors[0]!.name).toBe('K');
    expect(deleteObject.perform(project, { id: corridorId }).corridors).toHaveLength(0);
    expect(updateCorridor.perform(project, { id: corridorId, changes: { widthM: 500 } }).corridors[0]!.widthM).toBe(
      500,
    );
  });
});

describe('store dispatch, undo and redo', () => {
  it('an edit is one undo step, marks dirty and stamps modifiedAt from the clock', () => {
    const s = store();
    const original = s.getState().project;
    s.getState().dispatch(renameObject, { id: 'raadhus', name: 'Rådhuset' });
    const state = s.getState();
    expect(state.dirty).toBe(true);
    expect(state.project.meta.modifiedAt).toBe(CLOCK.toISOString());
    expect(state.history.undo).toEqual([original]);
    state.undo();
    expect(s.getState().project).toBe(original);
    expect(s.getState().dirty).toBe(false);
    s.getState().redo();
    expect(s.getState().project.sites.find((x) => x.id === 'raadhus')!.name).toBe('Rådhuset');
  });

  it('a new edit clears redo; loading a document resets history', () => {
    const s = store();
    s.getState().dispatch(moveSite, { id: 'raadhus', lon: 10.7, lat: 54.9 });
    s.getState().undo();
    s.getState().dispatch(moveSite, { id: 'raadhus', lon: 10.71, lat: 54.91 });
    expect(s.getState().history.redo).toHaveLength(0);
    s.getState().loadDocument({ project: sample(), handleId: null, name: 'x.frekvensplan' });
    expect(s.getState().history).toEqual({ undo: [], redo: [] });
    expect(s.getState().dirty).toBe(false);
  });

  it('an edit that changes nothing is not recorded', () => {
    const s = store();
    s.getState().dispatch(deleteObject, { id: 'no-such-id' });
    expect(s.getState().history.undo).toHaveLength(0);
    expect(s.getState().dirty).toBe(false);
  });

  it('markSaved clears dirty; undoing past the save makes it dirty again', () => {
    const s = store();
    const site = { ...sample().sites[0]!, id: 'new-site', name: 'Ny' };
    s.getState().dispatch(addSite, { site });
    s.getState().markSaved(null, 'p.frekvensplan');
    expect(s.getState().dirty).toBe(false);
    s.getState().undo();
    expect(s.getState().dirty).toBe(true);
    expect(s.getState().project.sites).toHaveLength(9);
  });

  it('history is bounded', () => {
    const project = sample();
    let history: History = EMPTY_HISTORY;
    for (let i = 0; i < HISTORY_LIMIT + 5; i++) history = recordEdit(history, project);
    expect(history.undo).toHaveLength(HISTORY_LIMIT);
  });
});
