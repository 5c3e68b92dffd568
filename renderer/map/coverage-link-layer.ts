import { GroupLayer } from './group-layer';
import L from 'leaflet';

/** The link calculator's path: site → target line and a target marker. */
export const LINK_LINE_STYLE: L.PolylineOptions = {
  color: '#4a148c',
  weight: 2.5,
  dashArray: '8 5',
  interactive: false,
};
export const LINK_TARGET_STYLE: L.CircleMarkerOptions = {
  radius: 7,
  color: '#4a148c',
  weight: 2,
  fillColor: '#ce93d8',
  fillOpacity: 0.9,
  interactive: false,
};

type LatLon = { lat: number; lon: number };

/** Draws the link being calculated; nothing when it has no target. Symmetric addTo / remove. */
export class CoverageLinkLayer extends GroupLayer {
  private key = '';

  protected reset(): void {
    this.group.clearLayers();
    this.key = '';
  }

  update(from: LatLon | null, to: LatLon | null): void {
    const key = JSON.stringify([from, to]);
    if (key === this.key) return;
    this.key = key;
    this.group.clearLayers();
    if (!to) return;
    if (from) L.polyline([L.latLng(from.lat, from.lon), L.latLng(to.lat, to.lon)], LINK_LINE_STYLE).addTo(this.group);
    L.circleMarker(L.latLng(to.lat, to.lon), LINK_TARGET_STYLE).addTo(this.group);
  }
}
