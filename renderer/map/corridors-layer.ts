import L from 'leaflet';
import type { Corridor } from '../../core/project/schema';
import { AREA_SMOOTH_FACTOR, areaLatLngs } from './areas-layer';
import { whenCorridorZone } from './corridor-zones';
import { KeyedLayer } from './keyed-layer';
import { plainText } from './plain-text';
import { CORRIDOR_BUFFER, CORRIDOR_LINE, SELECTED_STYLE } from './styles';

/**
 * Drone corridors: the centre line plus a buffer polygon of the corridor width (metres); name, altitude and width in
 * a plain-text tooltip. Only changed corridors are rebuilt; their zones (a turf buffer, the costly part) are cached
 * per corridor and computed in idle time. A new label function (language switch) rebuilds all.
 */
export class CorridorsLayer extends KeyedLayer<Corridor> {
  constructor(
    private readonly onSelect: (id: string) => void,
    private label: (corridor: Corridor) => string,
  ) {
    super();
  }

  update(corridors: readonly Corridor[], selectedId: string | null, label: (corridor: Corridor) => string): number {
    if (label !== this.label) {
      this.label = label;
      this.invalidate();
    }
    return this.sync(corridors, selectedId);
  }

  protected create(corridor: Corridor, selected: boolean): L.Layer {
    const latLngs = corridor.coordinates.map(([lon, lat]) => L.latLng(lat, lon));
    const line = L.polyline(latLngs, {
      ...CORRIDOR_LINE,
      ...(selected ? { color: '#ffb300' } : {}),
      smoothFactor: AREA_SMOOTH_FACTOR,
    });
    // The zone (a turf buffer) is computed in idle time (corridor-zones.ts); its polygon waits empty below the line.
    const zoneLayer = L.polygon([], {
      ...CORRIDOR_BUFFER,
      ...(selected ? SELECTED_STYLE : {}),
      smoothFactor: AREA_SMOOTH_FACTOR,
    });
    const feature = L.featureGroup([zoneLayer, line]);
    whenCorridorZone(corridor, (zone) => {
      if (zone) zoneLayer.setLatLngs(areaLatLngs(zone));
    });
    feature.bindTooltip(plainText(this.label(corridor)), { sticky: true });
    feature.on('click', (event) => {
      L.DomEvent.stopPropagation(event);
      this.onSelect(corridor.id);
    });
    return feature;
  }
}
