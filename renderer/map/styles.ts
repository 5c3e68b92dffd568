import type { PathOptions } from 'leaflet';
import type { AreaKind, SiteKind } from '../../core/project/schema';

/** Marker colour per site kind. */
export const SITE_COLOURS: Record<SiteKind, string> = {
  'fire-station': '#c62828',
  harbour: '#1565c0',
  'ferry-terminal': '#00838f',
  'town-hall': '#37474f',
  school: '#ef6c00',
  'water-works': '#0097a7',
  hospital: '#d81b60',
  mast: '#4e342e',
  other: '#546e7a',
};

/** Polygon style per area kind: interest blue dashed, lease purple, incident red, settlement grey. */
export const AREA_STYLES: Record<AreaKind, PathOptions> = {
  interest: { color: '#1e64c8', weight: 2, dashArray: '8 6', fillColor: '#1e64c8', fillOpacity: 0.06 },
  lease: { color: '#7b1fa2', weight: 2, fillColor: '#7b1fa2', fillOpacity: 0.12 },
  incident: { color: '#d32f2f', weight: 2, fillColor: '#d32f2f', fillOpacity: 0.2 },
  settlement: { color: '#616161', weight: 1, fillColor: '#757575', fillOpacity: 0.18 },
};

/** Extra style for the selected polygon or line. */
export const SELECTED_STYLE: PathOptions = { weight: 4, color: '#ffb300' };

export const CORRIDOR_LINE: PathOptions = { color: '#00695c', weight: 2.5 };
export const CORRIDOR_BUFFER: PathOptions = {
  color: '#00695c',
  weight: 1,
  dashArray: '4 4',
  fillColor: '#26a69a',
  fillOpacity: 0.18,
};

/** Land colours of the offline basemap; the sea is the map's background colour (styles.css). */
export const LAND_STYLE: Record<'home' | 'neighbour', PathOptions> = {
  home: { color: '#b7b09c', weight: 0.6, fillColor: '#f5f2e9', fillOpacity: 1 },
  neighbour: { color: '#b9b7b0', weight: 0.6, fillColor: '#e3e1dc', fillOpacity: 1 },
};
