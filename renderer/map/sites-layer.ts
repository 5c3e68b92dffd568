import type L from 'leaflet';
import type { Site } from '../../core/project/schema';
import { GroupLayer } from './group-layer';
import { ensurePane, PANES } from './panes';
import { SiteCanvasLayer, type DrawnItem } from './site-canvas';
import { SiteHandles, type SiteHandleTexts } from './site-handles';
import { SiteIndex } from './site-index';
import { attachSitePointer } from './site-pointer';
import './sites-layer.css';

export interface SitesLayerOptions {
  onSelect(id: string): void;
  /** Called once when a drag ends, with the new WGS84 position in degrees (one undoable move). */
  onMove(id: string, lon: number, lat: number): void;
  /** An arrow key moved the selected site to a WGS84 position in degrees (presses until blur are one undo step). */
  onNudge(id: string, lon: number, lat: number): void;
  onNudgeEnd(): void;
  /** True while map clicks on sites select and drag (the select tool). */
  isActive(): boolean;
}

/** Texts of the sites layer in the UI language. */
export interface SitesLayerTexts extends SiteHandleTexts {
  /** A cluster's count as drawn on it (number format of the UI language). */
  clusterCount(count: number): string;
  /** A cluster's tooltip. */
  clusterTooltip(count: number): string;
}

/**
 * The project's sites: drawn on a canvas with clustering at low zoom (site-canvas.ts), hit-tested for hover, select and
 * drag (site-pointer.ts), with focusable handles for keyboard and screen readers (site-handles.ts). update() diffs
 * the sites by identity and repaints only what changed.
 */
export class SitesLayer extends GroupLayer {
  private readonly index = new SiteIndex();
  private readonly canvas: SiteCanvasLayer;
  private readonly handles: SiteHandles;
  private map: L.Map | null = null;
  private detachPointer: (() => void) | null = null;
  private last: { sites: readonly Site[]; selectedId: string | null } | null = null;

  constructor(
    private readonly options: SitesLayerOptions,
    private texts: SitesLayerTexts,
  ) {
    super();
    this.canvas = new SiteCanvasLayer(
      this.index,
      PANES.sites.name,
      (count) => this.texts.clusterCount(count),
      (items) => this.placeHandles(items),
    );
    this.handles = new SiteHandles(() => this.map?.getPane(PANES.sites.name), {
      onSelect: (id) => this.options.onSelect(id),
      onNudge: (id, dx, dy) => this.nudge(id, dx, dy),
      onNudgeEnd: () => this.options.onNudgeEnd(),
      onExpandCluster: (clusterId, x, y) => this.expandCluster(clusterId, x, y),
    });
    this.handles.setTexts(texts);
    this.group.addLayer(this.canvas);
  }

  override addTo(map: L.Map): this {
    this.map = map;
    ensurePane(map, 'sites');
    super.addTo(map);
    this.detachPointer ??= attachSitePointer(map, {
      canvas: this.canvas,
      isActive: () => this.options.isActive(),
      onSelect: (id) => this.options.onSelect(id),
      onMove: (id, lon, lat) => this.options.onMove(id, lon, lat),
      onExpandCluster: (clusterId, x, y) => this.expandCluster(clusterId, x, y),
      tooltip: (item) => (item.kind === 'site' ? item.entry.site.name : this.texts.clusterTooltip(item.count)),
    });
    return this;
  }

  override remove(): void {
    this.detachPointer?.();
    this.detachPointer = null;
    this.handles.remove();
    super.remove();
    this.map = null;
  }

  protected reset(): void {
    this.last = null;
  }

  /** Shows `sites` with `selectedId` selected; repaints only the sites whose object or selection changed. */
  update(sites: readonly Site[], selectedId: string | null, texts: SitesLayerTexts): void {
    if (texts !== this.texts) {
      this.texts = texts;
      this.handles.setTexts(texts);
    }
    const last = this.last;
    if (last && last.sites === sites && last.selectedId === selectedId) return;
    this.last = { sites, selectedId };
    const diff = this.index.update(sites);
    this.canvas.setSelected(selectedId);
    const ids = new Set<string>();
    for (const e of [...diff.added, ...diff.removed, ...diff.restyled]) ids.add(e.site.id);
    for (const [before] of diff.moved) ids.add(before.site.id);
    if (last?.selectedId !== selectedId) {
      if (last?.selectedId) ids.add(last.selectedId);
      if (selectedId) ids.add(selectedId);
    }
    if (ids.size > 0) this.canvas.repaint(ids);
    else if (diff.other.length > 0) this.canvas.refreshEntries(diff.other);
  }

  private placeHandles(items: readonly DrawnItem[]): void {
    const map = this.map;
    if (!map) return;
    const topLeft = map.containerPointToLayerPoint([0, 0]);
    const size = map.getSize();
    this.handles.update(items, {
      minX: topLeft.x,
      minY: topLeft.y,
      maxX: topLeft.x + size.x,
      maxY: topLeft.y + size.y,
    });
  }

  /** Zooms in on a cluster (at a layer point) until it falls apart. */
  private expandCluster(clusterId: number, x: number, y: number): void {
    const map = this.map;
    if (!map) return;
    const zoom = Math.min(this.index.expansionZoom(clusterId), map.getMaxZoom());
    map.setView(map.layerPointToLatLng([x, y]), Math.max(zoom, map.getZoom() + 1));
  }

  private nudge(id: string, dxPx: number, dyPx: number): void {
    const map = this.map;
    const entry = this.index.get(id);
    if (!map || !entry) return;
    const point = this.canvas.toLayer(entry.x, entry.y).add([dxPx, dyPx]);
    const latlng = map.layerPointToLatLng(point);
    this.options.onNudge(id, latlng.lng, latlng.lat);
  }
}
