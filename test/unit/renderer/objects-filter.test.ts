import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadProject } from '../../../core/project/load';
import { filterObjects, OBJECT_FILTERS } from '../../../renderer/features/objects-filter';
import { visibleRange } from '../../../renderer/features/virtual-list';

const loaded = loadProject(readFileSync('data/samples/langeland.frekvensplan', 'utf8'));
if (!loaded.ok) throw new Error('sample does not load');
const sample = loaded.value.project;

describe('filterObjects', () => {
  it('without search or kind returns the collections themselves (rows keep their identity)', () => {
    const all = filterObjects(sample, 'all', '  ', 'da');
    expect(all.sites).toBe(sample.sites);
    expect(all.areas).toBe(sample.areas);
    expect(all.corridors).toBe(sample.corridors);
  });

  it('searches names case-insensitively across collections', () => {
    const found = filterObjects(sample, 'all', 'HAVN', 'da');
    expect(found.sites?.map((s) => s.name)).toEqual([
      'Rudkøbing Havn',
      'Spodsbjerg Færgehavn',
      'Bagenkop Havn',
      'Lohals Havn',
    ]);
    expect(found.areas).toEqual([]);
    expect(filterObjects(sample, 'all', 'rudkøbing', 'da').corridors).toHaveLength(1);
  });

  it('filters by collection and by kind', () => {
    const schools = filterObjects(sample, 'site:school', '', 'da');
    expect(schools.sites?.map((s) => s.name)).toEqual(['Humble Skole', 'Tranekær Skole']);
    expect(schools.areas).toBeNull();
    expect(schools.corridors).toBeNull();
    const lease = filterObjects(sample, 'area:lease', '', 'da');
    expect(lease.sites).toBeNull();
    expect(lease.areas?.map((a) => a.kind)).toEqual(['lease']);
    expect(filterObjects(sample, 'corridors', '', 'da')).toMatchObject({ sites: null, areas: null });
    expect(OBJECT_FILTERS).toContain('area:settlement');
  });
});

describe('visibleRange', () => {
  it('covers the rows in view plus the overscan, clamped to the list', () => {
    expect(visibleRange(0, 280, 28, 5000)).toEqual([0, 18]);
    expect(visibleRange(28 * 1000, 280, 28, 5000)).toEqual([992, 1018]);
    expect(visibleRange(28 * 4995, 280, 28, 5000)).toEqual([4987, 4999]);
    // The list starts 500 px below the top of the view: its first rows are shown.
    expect(visibleRange(-500, 800, 28, 5000)).toEqual([0, 19]);
  });
});
