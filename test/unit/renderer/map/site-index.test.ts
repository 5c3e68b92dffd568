import { describe, expect, it } from 'vitest';
import type { Site } from '../../../../core/project/schema';
import { SiteIndex } from '../../../../renderer/map/site-index';
import { worldPoint } from '../../../../renderer/map/world-point';
import { generateProject } from '../../../bench/generate-project';

const sites = generateProject({ sites: 5000, areas: 1, corridors: 0, seed: 7 }).sites;

describe('SiteIndex', () => {
  it('diffs by identity: an unchanged array is no work, one edited site is the only change', () => {
    const index = new SiteIndex();
    expect(index.update(sites).added).toHaveLength(5000);
    expect(index.update(sites)).toEqual({ added: [], removed: [], moved: [], restyled: [], other: [] });

    const renamed = sites.map((s, i) => (i === 10 ? { ...s, name: 'Ny' } : s));
    const rename = index.update(renamed);
    expect(rename.other.map((e) => e.site.name)).toEqual(['Ny']);
    expect(rename.moved.length + rename.added.length + rename.removed.length + rename.restyled.length).toBe(0);

    const moved = renamed.map((s, i) => (i === 20 ? { ...s, lon: s.lon + 0.01 } : s));
    const move = index.update(moved);
    expect(move.moved).toHaveLength(1);
    const [before, after] = move.moved[0] as [{ x: number }, { x: number; site: Site }];
    expect(after.x).toBeGreaterThan(before.x);
    expect(after.x).toBeCloseTo(worldPoint(after.site.lon, after.site.lat)[0], 9);

    const recoloured = moved.map((s, i) => (i === 30 ? { ...s, kind: s.kind === 'mast' ? 'school' : 'mast' } : s));
    expect(index.update(recoloured as Site[]).restyled).toHaveLength(1);

    const fewer = recoloured.slice(1);
    const drop = index.update(fewer as Site[]);
    expect(drop.removed.map((e) => e.site.id)).toEqual([sites[0]?.id]);
    expect(index.all).toHaveLength(4999);
  });

  it('finds the sites in a box, in document order', () => {
    const index = new SiteIndex();
    index.update(sites);
    const [x0, y0] = worldPoint(10.0, 56.2);
    const [x1, y1] = worldPoint(10.1, 56.15);
    const found = index.range(x0, y0, x1, y1);
    const expected = sites.filter((s) => s.lon >= 10.0 && s.lon <= 10.1 && s.lat <= 56.2 && s.lat >= 56.15);
    expect(found.map((e) => e.site.id)).toEqual(expected.map((s) => s.id));
    expect(found.length).toBeGreaterThan(0);
  });

  it('clusters account for every site in view, and fall apart when zoomed in', () => {
    const index = new SiteIndex();
    index.update(sites);
    const count = (zoom: number) =>
      index
        .clustersIn([9.0, 55.5, 11.0, 57.0], zoom)
        .reduce((sum, item) => sum + (item.kind === 'cluster' ? item.count : 1), 0);
    expect(count(8)).toBe(5000);
    expect(count(12)).toBe(5000);
    const atEight = index.clustersIn([9.0, 55.5, 11.0, 57.0], 8);
    expect(atEight.length).toBeLessThan(100);
    const cluster = atEight.find((item) => item.kind === 'cluster');
    if (cluster?.kind !== 'cluster') throw new Error('no cluster at zoom 8');
    expect(index.expansionZoom(cluster.clusterId)).toBeGreaterThan(8);
    expect(index.clustersIn([9.0, 55.5, 11.0, 57.0], 16).every((item) => item.kind === 'site')).toBe(true);
  });
});
