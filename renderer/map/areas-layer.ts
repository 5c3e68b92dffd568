import L from 'leaflet';
import type { MultiPolygon, Polygon } from 'geojson';
import type { Area } from '../../core/project/schema';
import { KeyedLayer } from './keyed-layer';
import { plainText } from './plain-text';
import { AREA_STYLES, SELECTED_STYLE } from './styles';

/** Pixel tolerance of Leaflet's per-zoom Douglas–Peucker simplification of area outlines. */
export const AREA_SMOOTH_FACTOR = 1.5;

/** Leaflet lat/lng rings of a GeoJSON Polygon or MultiPolygon (WGS84 [lon, lat] → [lat, lon]). */
export function areaLatLngs(geometry: Polygon | MultiPolygon): L.LatLngTuple[][][] {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polygons.map((rings) => rings.map((ring) => ring.map(([lon, lat]) => [lat as number, lon as number])));
}

/**
 * Areas as polygons styled by kind (interest, lease, incident, settlement); click selects; the tooltip is the name
 * as plain text. Outlines are simplified per zoom and clipped to the view by Leaflet (smoothFactor); after an edit
 * only the changed areas are rebuilt (KeyedLayer).
 */
export class AreasLayer extends KeyedLayer<Area> {
  constructor(private readonly onSelect: (id: string) => void) {
    super();
  }

  update(areas: readonly Area[], selectedId: string | null): number {
    return this.sync(areas, selectedId);
  }

  protected create(area: Area, selected: boolean): L.Layer {
    const layer = L.polygon(areaLatLngs(area.geometry), {
      ...AREA_STYLES[area.kind],
      ...(selected ? SELECTED_STYLE : {}),
      smoothFactor: AREA_SMOOTH_FACTOR,
    });
    layer.bindTooltip(plainText(area.name), { sticky: true });
    layer.on('click', (event) => {
      L.DomEvent.stopPropagation(event);
      this.onSelect(area.id);
    });
    return layer;
  }
}
