import { GroupLayer } from './group-layer';
import { buffer, lineString } from '@turf/turf';
import L from 'leaflet';
import type { Corridor } from '../../core/project/schema';
import { CORRIDOR_BUFFER, CORRIDOR_LINE, SELECTED_STYLE } from './styles';

/** Drone corridors: the centre line plus a buffer polygon of the corridor width (metres); altitude in a tooltip. */
export class CorridorsLayer extends GroupLayer {
  private last: { corridors: readonly Corridor[]; selectedId: string | null; label: unknown } | null = null;

  constructor(
    private readonly onSelect: (id: string) => void,
    private label: (corridor: Corridor) => string,
  ) {
    super();
  }

  protected reset(): void {
    this.group.clearLayers();
    this.last = null;
  }

  update(corridors: readonly Corridor[], selectedId: string | null, label: (corridor: Corridor) => string): void {
    const last = this.last;
    if (last && last.corridors === corridors && last.selectedId === selectedId && last.label === label) return;
    this.last = { corridors, selectedId, label };
    this.label = label;
    this.group.clearLayers();
    for (const corridor of corridors) {
      const selected = corridor.id === selectedId;
      const zone = buffer(lineString(corridor.coordinates), corridor.widthM / 2, { units: 'meters' });
      const parts: L.Layer[] = [];
      if (zone)
        parts.push(L.geoJSON(zone, { style: () => ({ ...CORRIDOR_BUFFER, ...(selected ? SELECTED_STYLE : {}) }) }));
      const latLngs = corridor.coordinates.map(([lon, lat]) => L.latLng(lat, lon));
      parts.push(L.polyline(latLngs, { ...CORRIDOR_LINE, ...(selected ? { color: '#ffb300' } : {}) }));
      const feature = L.featureGroup(parts);
      feature.bindTooltip(this.label(corridor), { sticky: true });
      feature.on('click', (event) => {
        L.DomEvent.stopPropagation(event);
        this.onSelect(corridor.id);
      });
      feature.addTo(this.group);
    }
  }
}
