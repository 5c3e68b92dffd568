import { describe, expect, it } from 'vitest';
import { SiteIndex } from '../../../../renderer/map/site-index';
import { INDIVIDUAL_LIMIT, layoutSites, type LayoutView } from '../../../../renderer/map/site-layout';
import { worldPoint } from '../../../../renderer/map/world-point';
import { generateProject } from '../../../bench/generate-project';

const project = generateProject({ sites: 5000, areas: 1, corridors: 0, seed: 11 });
const index = new SiteIndex();
index.update(project.sites);

/** A 1000 × 700 px view centred on a position at a zoom, with layer point (0, 0) at its top left. */
function view(lon: number, lat: number, zoom: number): LayoutView {
  const [x, y] = worldPoint(lon, lat);
  const scale = 2 ** zoom;
  return {
    minX: 0,
    minY: 0,
    maxX: 1000,
    maxY: 700,
    zoom,
    pixelOriginX: x * scale - 500,
    pixelOriginY: y * scale - 350,
  };
}

describe('layoutSites', () => {
  it('clusters a regional view and accounts for every site in it', () => {
    const { items, clustered } = layoutSites(index, view(10.0, 56.15, 9), null, null);
    expect(clustered).toBe(true);
    expect(items.length).toBeLessThan(100);
    expect(items.reduce((n, i) => n + (i.kind === 'cluster' ? i.count : 1), 0)).toBe(5000);
  });

  it('draws each site on its own in a close view, at its layer point', () => {
    const site = project.sites[0]!;
    const v = view(site.lon, site.lat, 16);
    const { items, clustered } = layoutSites(index, v, null, null);
    expect(clustered).toBe(false);
    expect(items.length).toBeLessThanOrEqual(INDIVIDUAL_LIMIT);
    const item = items.find((i) => i.kind === 'site' && i.entry.site.id === site.id);
    expect(item?.x).toBeCloseTo(500, 6);
    expect(item?.y).toBeCloseTo(350, 6);
  });

  it('puts the selected and the dragged site on top, never in a cluster', () => {
    const selected = project.sites[42]!;
    const dragged = project.sites[7]!;
    const [x, y] = worldPoint(10.05, 56.16);
    const { items } = layoutSites(index, view(10.0, 56.15, 9), selected.id, { id: dragged.id, x, y });
    const top = items.slice(-2);
    expect(top.map((i) => (i.kind === 'site' ? [i.entry.site.id, i.selected] : null))).toEqual([
      [dragged.id, false],
      [selected.id, true],
    ]);
    expect(top[1]!.r).toBeGreaterThan(top[0]!.r);
    // The dragged site is drawn where it is dragged to.
    const centre = worldPoint(10.0, 56.15);
    expect(top[0]!.x).toBeCloseTo(500 + (x - centre[0]) * 2 ** 9, 6);
  });
});
