import { CLUSTER_MAX_ZOOM, type IndexedSite, type SiteIndex } from './site-index';
import { clusterRadiusPx, siteRadiusPx } from './site-paint';
import { worldToLonLat } from './world-point';

/** A site or cluster as drawn, in layer points (stable while the map pans), with its hit radius. */
export type DrawnItem =
  | { kind: 'site'; entry: IndexedSite; x: number; y: number; r: number; selected: boolean }
  | { kind: 'cluster'; clusterId: number; count: number; x: number; y: number; r: number };

/** Sites in the padded view up to which every site is drawn on its own; above it they are clustered. */
export const INDIVIDUAL_LIMIT = 600;

/** The part of the map to lay out: a box in layer points, the zoom and the world pixel of layer point (0, 0). */
export interface LayoutView {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
  zoom: number;
  pixelOriginX: number;
  pixelOriginY: number;
}

/**
 * What to draw in a view, bottom to top: every site in it (document order), or, with more than INDIVIDUAL_LIMIT up
 * to CLUSTER_MAX_ZOOM, supercluster's clusters and lone sites; then the site being dragged (at `drag`, zoom-0 world
 * pixels) and the selected site on top, never clustered. `clustered` tells which way it went.
 */
export function layoutSites(
  index: SiteIndex,
  view: LayoutView,
  selectedId: string | null,
  drag: { id: string; x: number; y: number } | null,
): { items: DrawnItem[]; clustered: boolean } {
  const scale = 2 ** view.zoom;
  const toLayer = (x: number, y: number) => [x * scale - view.pixelOriginX, y * scale - view.pixelOriginY] as const;
  const toWorld = (x: number, y: number) => [(x + view.pixelOriginX) / scale, (y + view.pixelOriginY) / scale] as const;
  const at = (entry: IndexedSite) => (drag?.id === entry.site.id ? toLayer(drag.x, drag.y) : toLayer(entry.x, entry.y));
  const single = (entry: IndexedSite, selected = false): DrawnItem => {
    const [x, y] = at(entry);
    return { kind: 'site', entry, x, y, r: siteRadiusPx(selected), selected };
  };
  const onTop = (id: string) => id === selectedId || id === drag?.id;
  const margin = 30;
  const [minX, minY] = toWorld(view.minX - margin, view.minY - margin);
  const [maxX, maxY] = toWorld(view.maxX + margin, view.maxY + margin);
  const inView = index.range(minX, minY, maxX, maxY);
  const clustered = inView.length > INDIVIDUAL_LIMIT && view.zoom <= CLUSTER_MAX_ZOOM;
  const items: DrawnItem[] = [];
  if (!clustered) {
    for (const entry of inView) if (!onTop(entry.site.id)) items.push(single(entry));
  } else {
    const [west, north] = worldToLonLat(minX, minY);
    const [east, south] = worldToLonLat(maxX, maxY);
    for (const item of index.clustersIn([west, south, east, north], Math.round(view.zoom))) {
      if (item.kind === 'site') {
        if (!onTop(item.entry.site.id)) items.push(single(item.entry));
        continue;
      }
      const [x, y] = toLayer(item.x, item.y);
      items.push({ ...item, x, y, r: clusterRadiusPx(item.count) });
    }
  }
  for (const id of new Set([drag?.id, selectedId])) {
    const entry = id ? index.get(id) : undefined;
    if (entry) items.push(single(entry, id === selectedId));
  }
  return { items, clustered };
}
