import type { FeatureCollection } from 'geojson';
import L from 'leaflet';
import type { BasemapId } from '../state/app-state';
import { ensurePane, PANES } from './panes';
import { LAND_STYLE } from './styles';

export const LAND_ATTRIBUTION = '© OpenStreetMap contributors (ODbL), land polygons via @geo-maps';
export const OSM_ATTRIBUTION = '© OpenStreetMap contributors';
export const SKAERMKORT_ATTRIBUTION = '© SDFI / Dataforsyningen';

/** OpenStreetMap's standard tile server (XYZ, Web Mercator). */
export const OSM_URL = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';

/** Dataforsyningen skærmkort WMTS in Web Mercator tile indices (TILEMATRIXSET View1). */
export const SKAERMKORT_URL =
  'https://api.dataforsyningen.dk/topo_skaermkort_wmts_DAF?token={token}&SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0' +
  '&LAYER=dtk_skaermkort&STYLE=default&FORMAT=image/png&TILEMATRIXSET=View1&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}';

/** The offline land polygons (WGS84 GeoJSON), loaded as a lazy chunk. Never touches the network. */
export async function loadLandPolygons(): Promise<FeatureCollection> {
  // import.meta.glob is Vite's dynamic import(): a separate chunk, fetched on first use.
  const loaders = import.meta.glob<FeatureCollection>('../../data/basemap/denmark-land.json', { import: 'default' });
  const load = Object.values(loaders)[0];
  if (!load) throw new Error('data/basemap/denmark-land.json is missing; run `node scripts/build-basemap.mjs`');
  return load();
}

/** Offline land polygons (Denmark light, neighbours greyer), drawn on one canvas in the basemap pane. */
export async function createLandBasemap(pane: string = PANES.basemap.name): Promise<L.Layer> {
  const options = {
    // GeoJSON passes its options on to each polygon, so they draw on one shared canvas. The canvas lives in
    // the basemap pane, below coverage (Leaflet's default overlay pane would cover the coverage raster).
    renderer: L.canvas({ padding: 0.5, pane }),
    pane,
    interactive: false,
    attribution: LAND_ATTRIBUTION,
    style: (feature) => (feature?.properties?.a3 === 'DNK' ? LAND_STYLE.home : LAND_STYLE.neighbour),
  } as L.GeoJSONOptions;
  return L.geoJSON(await loadLandPolygons(), options);
}

/** Standard OpenStreetMap tiles (online), in the basemap pane. */
export function createOsmLayer(pane: string = PANES.basemap.name): L.TileLayer {
  return L.tileLayer(OSM_URL, {
    pane,
    maxZoom: 19,
    attribution: OSM_ATTRIBUTION,
  });
}

/** SDFI skærmkort via Dataforsyningen (online, needs the user's token), in the basemap pane. */
export function createSkaermkortLayer(token: string, pane: string = PANES.basemap.name): L.TileLayer {
  return L.tileLayer(SKAERMKORT_URL, {
    pane,
    token: encodeURIComponent(token),
    minZoom: 0,
    maxZoom: 20,
    attribution: SKAERMKORT_ATTRIBUTION,
  } as L.TileLayerOptions);
}

/**
 * Creates the layer for a basemap choice in the map's basemap pane (panes.ts), below every overlay; the online
 * ones report tile failures.
 */
export async function createBasemap(
  map: L.Map,
  id: BasemapId,
  token: string | null,
  onTileError: (failed: boolean) => void,
): Promise<L.Layer> {
  const pane = ensurePane(map, 'basemap');
  if (id === 'land' || (id === 'skaermkort' && !token)) return createLandBasemap(pane);
  const layer = id === 'osm' ? createOsmLayer(pane) : createSkaermkortLayer(token ?? '', pane);
  layer.on('tileerror', () => onTileError(true));
  layer.on('tileload', () => onTileError(false));
  return layer;
}
