import { GroupLayer } from './group-layer';
import L from 'leaflet';
import type { Site } from '../../core/project/schema';
import { SITE_COLOURS } from './styles';

export interface SitesLayerOptions {
  onSelect(id: string): void;
  /** Called once when a drag ends, with the new WGS84 position in degrees. */
  onMove(id: string, lon: number, lat: number): void;
}

interface Entry {
  marker: L.Marker;
  site: Site;
  selected: boolean;
}

function siteIcon(site: Site, selected: boolean): L.DivIcon {
  return L.divIcon({
    className: `site-marker${selected ? ' site-marker--selected' : ''}`,
    html: `<span class="site-marker__dot" style="background:${SITE_COLOURS[site.kind]}"></span>`,
    iconSize: [22, 22],
    iconAnchor: [11, 11],
  });
}

/**
 * Sites as draggable, keyboard-focusable markers (title = site name, colour by kind).
 * Updates are incremental so a marker keeps its focus while the document changes.
 */
export class SitesLayer extends GroupLayer {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly options: SitesLayerOptions) {
    super();
  }

  protected reset(): void {
    this.entries.clear();
  }

  update(sites: readonly Site[], selectedId: string | null): void {
    const seen = new Set<string>();
    for (const site of sites) {
      seen.add(site.id);
      const selected = site.id === selectedId;
      const entry = this.entries.get(site.id);
      if (!entry) {
        this.entries.set(site.id, { marker: this.createMarker(site, selected), site, selected });
        continue;
      }
      if (entry.site === site && entry.selected === selected) continue;
      const { marker } = entry;
      if (entry.site.lat !== site.lat || entry.site.lon !== site.lon) marker.setLatLng([site.lat, site.lon]);
      if (entry.site.name !== site.name || entry.site.kind !== site.kind || entry.selected !== selected) {
        marker.options.title = site.name;
        marker.options.alt = site.name;
        marker.setIcon(siteIcon(site, selected));
        // Leaflet reuses the divIcon element and only sets `title` on a new one.
        marker.getElement()?.setAttribute('title', site.name);
        marker.setZIndexOffset(selected ? 1000 : 0);
      }
      entry.site = site;
      entry.selected = selected;
    }
    for (const [id, entry] of this.entries) {
      if (!seen.has(id)) {
        entry.marker.remove();
        this.entries.delete(id);
      }
    }
  }

  private createMarker(site: Site, selected: boolean): L.Marker {
    const marker = L.marker([site.lat, site.lon], {
      icon: siteIcon(site, selected),
      title: site.name,
      alt: site.name,
      draggable: true,
      keyboard: true,
      riseOnHover: true,
      zIndexOffset: selected ? 1000 : 0,
    });
    marker.on('click', () => this.options.onSelect(site.id));
    marker.on('dragstart', () => this.options.onSelect(site.id));
    marker.on('dragend', () => {
      const { lat, lng } = marker.getLatLng();
      this.options.onMove(site.id, lng, lat);
    });
    marker.addTo(this.group);
    return marker;
  }
}
