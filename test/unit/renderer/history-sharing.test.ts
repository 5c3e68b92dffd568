import { describe, expect, it } from 'vitest';
import { moveSite, renameObject } from '../../../renderer/state/actions';
import { createAppStore } from '../../../renderer/state/store';
import { generateProject } from '../../bench/generate-project';

describe('undo history at scale (structural sharing)', () => {
  it('100 edits of a 5,000-site project keep one copy of every unchanged object', () => {
    const project = generateProject({ sites: 5000, areas: 200, seed: 3 });
    const store = createAppStore({ project, now: () => new Date('2026-11-30T10:00:00Z') });
    store.getState().loadDocument({ project, handleId: null, name: null });
    for (let i = 0; i < 100; i++) {
      const site = store.getState().project.sites[i * 37] as { id: string; lon: number; lat: number };
      if (i % 2 === 0) store.getState().dispatch(renameObject, { id: site.id, name: `Omdøbt ${i}` });
      else store.getState().dispatch(moveSite, { id: site.id, lon: site.lon + 0.001, lat: site.lat });
    }
    const { history, project: current } = store.getState();
    expect(history.undo).toHaveLength(100);
    const states = [...history.undo, current];
    // Every state holds 5,000 sites, yet only the 100 edited ones were ever copied.
    const distinctSites = new Set(states.flatMap((p) => p.sites));
    expect(distinctSites.size).toBe(5000 + 100);
    // Collections an edit did not touch are the very same arrays in every state.
    for (const state of states) {
      expect(state.areas).toBe(project.areas);
      expect(state.corridors).toBe(project.corridors);
      expect(state.request).toBe(project.request);
      expect(state.sites[4999]).toBe(project.sites[4999]);
    }
    // Undo all the way back gives the opened document itself.
    for (let i = 0; i < 100; i++) store.getState().undo();
    expect(store.getState().project).toBe(project);
  });
});
