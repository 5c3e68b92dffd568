import { GroupLayer } from './group-layer';
import L from 'leaflet';
import type { Area } from '../../core/project/schema';
import { AREA_STYLES, SELECTED_STYLE } from './styles';

/** Areas as polygons styled by kind (interest, lease, incident, settlement); click selects. */
export class AreasLayer extends GroupLayer {
  private last: { areas: readonly Area[]; selectedId: string | null } | null = null;

  constructor(private readonly onSelect: (id: string) => void) {
    super();
  }

  protected reset(): void {
    this.group.clearLayers();
    this.last = null;
  }

  update(areas: readonly Area[], selectedId: string | null): void {
    if (this.last && this.last.areas === areas && this.last.selectedId === selectedId) return;
    this.last = { areas, selectedId };
    this.group.clearLayers();
    for (const area of areas) {
      const selected = area.id === selectedId;
      const layer = L.geoJSON(area.geometry, {
        style: () => ({ ...AREA_STYLES[area.kind], ...(selected ? SELECTED_STYLE : {}) }),
      });
      layer.bindTooltip(area.name, { sticky: true });
      layer.on('click', (event) => {
        L.DomEvent.stopPropagation(event);
        this.onSelect(area.id);
      });
      layer.addTo(this.group);
    }
  }
}
