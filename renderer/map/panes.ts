import type L from 'leaflet';

/**
 * The map's drawing order, bottom to top. Every layer module names its pane from here, so the basemap can
 * never cover coverage and nothing covers the sites. Leaflet's own panes: tiles 200, overlay 400, shadow 500,
 * marker 600, tooltip 650, popup 700.
 */
export const PANES = {
  /** Offline land polygons (vector basemap), level with online basemap tiles. */
  basemap: { name: 'fpBasemap', zIndex: 200 },
  /** Coverage rasters: RSRP classes, best server. */
  coverageRaster: { name: 'coverageRaster', zIndex: 350 },
  /** Coverage vectors: gaps, contours, boundary field. */
  coverageVector: { name: 'fpCoverageVector', zIndex: 380 },
  /** Project areas and corridors (Leaflet's overlay pane). */
  objects: { name: 'overlayPane', zIndex: 400 },
  /** Sites (markers or the site canvas). */
  sites: { name: 'fpSites', zIndex: 600 },
  /** Selection highlight and drawing tools, always on top of the objects. */
  selection: { name: 'fpSelection', zIndex: 620 },
} as const;

export type PaneId = keyof typeof PANES;

/** Creates the custom panes once on a map (idempotent); returns the pane name to pass as a layer's `pane`. */
export function ensurePane(map: L.Map, id: PaneId): string {
  const { name, zIndex } = PANES[id];
  if (!map.getPane(name)) map.createPane(name).style.zIndex = String(zIndex);
  return name;
}
