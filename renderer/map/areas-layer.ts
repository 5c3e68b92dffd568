import L from 'leaflet';
import type { Area } from '../../core/project/schema';
import { AREA_STYLES, SELECTED_STYLE } from './styles';

/** Areas as polygons styled by kind (interest, lease, incident, settlement); click selects. */
export class AreasLayer {
  readonly group = L.layerGroup();
  private last: { areas: readonly Area[]; selectedId: string | null } | null = null;

  constructor(private readonly onSelect: (id: string) => void) {}

  addTo(map: L.Map): this {
    this.group.addTo(map);
    return this;
  }

  remove(): void {
    this.group.remove();
    this.group.clearLayers();
    this.last = null;
  }

  setVisible(map: L.Map, visible: boolean): void {
    if (visible && !map.hasLayer(this.group)) this.group.addTo(map);
    if (!visible && map.hasLayer(this.group)) this.group.remove();
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
