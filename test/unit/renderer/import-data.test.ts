import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importFile } from '../../../core/io/import-file';
import { loadProject } from '../../../core/project/load';
import type { Project } from '../../../core/project/schema';
import { importData, nextNumberedName } from '../../../renderer/state/actions';
import { createAppStore } from '../../../renderer/state/store';

function sample(): Project {
  const result = loadProject(readFileSync('data/samples/langeland.frekvensplan', 'utf8'));
  if (!result.ok) throw new Error('sample does not load');
  return result.value.project;
}

function counter(ids: string[]): () => string {
  let i = 0;
  return () => ids[i++ % ids.length] as string;
}

const CSV = 'navn;bredde;længde\nA;54,9;10,7\nB;55,0;10,8\n';

describe('importData', () => {
  it('adds every imported object with fresh ids that clash with nothing', () => {
    const project = sample();
    const parsed = importFile('s.csv', new TextEncoder().encode(CSV));
    if (!parsed.ok) throw new Error('fixture does not import');
    const existing = project.sites[0]!.id;
    // The id source first repeats an existing id and then a duplicate; both must be skipped.
    const next = importData.perform(project, {
      data: parsed.value.data,
      makeId: counter([existing, 'n1', 'n1', 'n2']),
    });
    expect(next.sites).toHaveLength(project.sites.length + 2);
    expect(next.sites.slice(-2).map((s) => [s.id, s.name])).toEqual([
      ['n1', 'A'],
      ['n2', 'B'],
    ]);
    expect(new Set(next.sites.map((s) => s.id)).size).toBe(next.sites.length);
    expect(project.sites).toHaveLength(9);
  });

  it('is one undo step, and an empty import records none', () => {
    const project = sample();
    const store = createAppStore({ project, now: () => new Date('2026-11-29T10:00:00Z') });
    store.getState().loadDocument({ project, handleId: null, name: null });
    const parsed = importFile('s.csv', new TextEncoder().encode(CSV));
    if (!parsed.ok) throw new Error('fixture does not import');
    let n = 0;
    store.getState().dispatch(importData, { data: parsed.value.data, makeId: () => `x${n++}` });
    expect(store.getState().project.sites).toHaveLength(11);
    store.getState().dispatch(importData, { data: { sites: [], areas: [], corridors: [] }, makeId: () => 'y' });
    expect(store.getState().history.undo).toHaveLength(1);
    store.getState().undo();
    expect(store.getState().project).toBe(project);
  });
});

describe('nextNumberedName', () => {
  it('continues after the highest number in use', () => {
    expect(nextNumberedName('Nyt site', [])).toBe('Nyt site 1');
    expect(nextNumberedName('Nyt site', ['Nyt site 1', 'Nyt site 4', 'Nyt site x', 'Andet'])).toBe('Nyt site 5');
  });
});
