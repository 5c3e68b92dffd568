import { GroupLayer } from './group-layer';
import L from 'leaflet';
import type { ImportedData } from '../../core/io/imported';

const PREVIEW_STYLE: L.PathOptions = {
  color: '#e65100',
  weight: 2,
  dashArray: '6 5',
  fillColor: '#ff9800',
  fillOpacity: 0.12,
  interactive: false,
};

/** Where an import will land: its features as a temporary dashed orange layer, never interactive. */
export class ImportPreviewLayer extends GroupLayer {
  private shown: ImportedData | null = null;
  /** Site dots share one canvas: a CSV of thousands of sites would otherwise be thousands of SVG elements. */
  private readonly dots = L.canvas({ padding: 0.3 });

  protected reset(): void {
    this.clear();
  }

  clear(): void {
    this.group.clearLayers();
    this.shown = null;
  }

  /** Draws `data` (once per data object) and returns its bounds, or null when it is empty or unchanged. */
  show(data: ImportedData): L.LatLngBounds | null {
    if (this.shown === data) return null;
    this.clear();
    this.shown = data;
    const bounds = L.latLngBounds([]);
    for (const area of data.areas) {
      const layer = L.geoJSON(area.geometry, { style: () => PREVIEW_STYLE, interactive: false });
      bounds.extend(layer.getBounds());
      layer.addTo(this.group);
    }
    for (const corridor of data.corridors) {
      const line = L.polyline(
        corridor.coordinates.map(([lon, lat]) => L.latLng(lat, lon)),
        { ...PREVIEW_STYLE, weight: 3 },
      );
      bounds.extend(line.getBounds());
      line.addTo(this.group);
    }
    for (const site of data.sites) {
      const marker = L.circleMarker([site.lat, site.lon], {
        ...PREVIEW_STYLE,
        radius: 5,
        fillOpacity: 0.6,
        renderer: this.dots,
      });
      bounds.extend(marker.getLatLng());
      marker.addTo(this.group);
    }
    return bounds.isValid() ? bounds : null;
  }
}
