import L from 'leaflet';
import { SITE_COLOURS } from './styles';
import type { IndexedSite, SiteIndex } from './site-index';
import { layoutSites, type DrawnItem } from './site-layout';
import { drawCluster, drawSite } from './site-paint';

export type { DrawnItem } from './site-layout';

/** A box in layer points. */
export interface LayerRect {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

/** Edits touching more sites than this repaint the whole view. */
const REPAINT_LIMIT = 200;
/** Share of the view drawn beyond each edge, so a pan needs no redraw until it goes that far. */
const PADDING = 0.3;

/**
 * The sites drawn on one <canvas> in the map's `sites` pane (renderer/map/panes.ts), each site a dot coloured by kind,
 * clustered (supercluster) when more than INDIVIDUAL_LIMIT would be in view. The canvas covers the view plus a margin,
 * moves with the map while panning, scales during zoom animations (like Leaflet's own renderers) and is repainted
 * when the view settles. Edits repaint only the boxes around what changed (repaint()).
 */
export class SiteCanvasLayer extends L.Layer {
  private canvas: HTMLCanvasElement | null = null;
  private map: L.Map | null = null;
  private origin = L.point(0, 0);
  private size = L.point(0, 0);
  private centre = L.latLng(0, 0);
  private zoom = 0;
  private items: DrawnItem[] = [];
  private byId = new Map<string, DrawnItem>();
  private clustered = false;
  private selectedId: string | null = null;
  private drag: { id: string; x: number; y: number } | null = null;
  private frame = 0;

  constructor(
    private readonly index: SiteIndex,
    private readonly pane: string,
    private readonly clusterText: (count: number) => string,
    /** Called after every layout with the items now drawn (for the accessible handles). */
    private readonly onLayout: (items: readonly DrawnItem[]) => void,
  ) {
    super();
  }

  /** What is drawn now, bottom to top. */
  get drawn(): readonly DrawnItem[] {
    return this.items;
  }

  override onAdd(map: L.Map): this {
    this.map = map;
    this.canvas = L.DomUtil.create('canvas', 'site-canvas leaflet-zoom-animated', map.getPane(this.pane));
    this.canvas.setAttribute('aria-hidden', 'true');
    this.redraw();
    return this;
  }

  override onRemove(): this {
    cancelAnimationFrame(this.frame);
    this.canvas?.remove();
    this.canvas = null;
    this.map = null;
    this.items = [];
    this.byId.clear();
    this.onLayout([]);
    return this;
  }

  override getEvents(): Record<string, L.LeafletEventHandlerFn> {
    return {
      viewreset: () => this.redraw(),
      zoom: () => this.transform(this.map?.getCenter() ?? this.centre, this.map?.getZoom() ?? this.zoom),
      zoomanim: (e) => this.transform((e as L.ZoomAnimEvent).center, (e as L.ZoomAnimEvent).zoom),
      moveend: () => this.redraw(),
      resize: () => this.redraw(),
      move: () => this.followPan(),
    };
  }

  /** Sets the selected site (drawn larger, on top, never clustered). */
  setSelected(id: string | null): void {
    this.selectedId = id;
  }

  /** Shows a site at a zoom-0 world pixel while it is being dragged (null ends the preview). */
  setDragPreview(preview: { id: string; x: number; y: number } | null): void {
    const ids = [this.drag?.id, preview?.id].filter((id): id is string => id !== undefined);
    this.drag = preview;
    this.repaint(ids);
  }

  /** Layer point of a zoom-0 world pixel at the current zoom. */
  toLayer(x: number, y: number): L.Point {
    const map = this.map;
    if (!map) return L.point(0, 0);
    const scale = 2 ** map.getZoom();
    const origin = map.getPixelOrigin();
    return L.point(x * scale - origin.x, y * scale - origin.y);
  }

  /**
   * Repaints after an edit of the sites `ids` (added, removed, moved, restyled, (de)selected): only the boxes they
   * covered before and cover now, unless the clustering is involved or too much changed, then the whole view.
   */
  repaint(ids: Iterable<string>): void {
    if (!this.map || !this.canvas) return;
    const list = [...ids];
    const wasClustered = this.clustered;
    const boxes = list.map((id) => this.itemBox(id));
    this.layout();
    if (list.length === 0) return; // e.g. a rename: nothing drawn changed, the handles got the new names
    if (wasClustered || this.clustered || list.length > REPAINT_LIMIT) return this.paint(null);
    boxes.push(...list.map((id) => this.itemBox(id)));
    this.paint(boxes.filter((b): b is LayerRect => b !== null));
  }

  /**
   * Swaps edited sites into what is drawn when nothing drawn changed (a rename): no layout, no paint; the handles
   * are told, so they show the new names.
   */
  refreshEntries(entries: readonly IndexedSite[]): void {
    let touched = false;
    for (const entry of entries) {
      const item = this.byId.get(entry.site.id);
      if (item?.kind === 'site') {
        item.entry = entry;
        touched = true;
      }
    }
    if (touched) this.onLayout(this.items);
  }

  /** The box a site's dot covers now (layer points), null when it is not drawn. */
  itemBox(id: string): LayerRect | null {
    const item = this.byId.get(id);
    return item ? boxAround(item.x, item.y, item.r + 6) : null;
  }

  /** The topmost drawn item under a layer point (within its radius plus a few pixels), or null. */
  hitTest(point: L.Point, slackPx = 3): DrawnItem | null {
    for (let i = this.items.length - 1; i >= 0; i--) {
      const item = this.items[i] as DrawnItem;
      const r = item.r + slackPx;
      const dx = point.x - item.x;
      const dy = point.y - item.y;
      if (dx * dx + dy * dy <= r * r) return item;
    }
    return null;
  }

  /** Moves the canvas to cover the view plus PADDING, lays out and paints everything. */
  redraw(): void {
    const map = this.map;
    const canvas = this.canvas;
    if (!map || !canvas) return;
    const size = map.getSize();
    this.origin = map.containerPointToLayerPoint(size.multiplyBy(-PADDING)).round();
    this.size = size.multiplyBy(1 + 2 * PADDING).round();
    this.centre = map.getCenter();
    this.zoom = map.getZoom();
    L.DomUtil.setPosition(canvas, this.origin);
    const dpr = window.devicePixelRatio || 1;
    const width = Math.round(this.size.x * dpr);
    const height = Math.round(this.size.y * dpr);
    if (canvas.width !== width || canvas.height !== height) {
      canvas.width = width;
      canvas.height = height;
      canvas.style.width = `${this.size.x}px`;
      canvas.style.height = `${this.size.y}px`;
    }
    this.layout();
    this.paint(null);
  }

  private followPan(): void {
    const map = this.map;
    if (!map || this.frame) return;
    const topLeft = map.containerPointToLayerPoint([0, 0]);
    const size = map.getSize();
    const inside =
      topLeft.x >= this.origin.x &&
      topLeft.y >= this.origin.y &&
      topLeft.x + size.x <= this.origin.x + this.size.x &&
      topLeft.y + size.y <= this.origin.y + this.size.y;
    if (inside) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.redraw();
    });
  }

  /** During zoom: scales and offsets the canvas like Leaflet's Renderer._updateTransform. */
  private transform(centre: L.LatLng, zoom: number): void {
    const map = this.map;
    if (!map || !this.canvas) return;
    const scale = map.getZoomScale(zoom, this.zoom);
    const viewHalf = map.getSize().multiplyBy(0.5 + PADDING);
    const current = map.project(this.centre, zoom);
    const mapPane = map.getPane('mapPane') as HTMLElement;
    const newPixelOrigin = map
      .project(centre, zoom)
      .subtract(map.getSize().divideBy(2))
      .add(L.DomUtil.getPosition(mapPane))
      .round();
    const topLeft = viewHalf.multiplyBy(-scale).add(current).subtract(newPixelOrigin);
    L.DomUtil.setTransform(this.canvas, topLeft, scale);
  }

  /** Decides what is drawn for the padded view (site-layout.ts) and tells the handles. */
  private layout(): void {
    const map = this.map;
    if (!map) return;
    const pixelOrigin = map.getPixelOrigin();
    const { items, clustered } = layoutSites(
      this.index,
      {
        minX: this.origin.x,
        minY: this.origin.y,
        maxX: this.origin.x + this.size.x,
        maxY: this.origin.y + this.size.y,
        zoom: map.getZoom(),
        pixelOriginX: pixelOrigin.x,
        pixelOriginY: pixelOrigin.y,
      },
      this.selectedId,
      this.drag,
    );
    this.clustered = clustered;
    this.items = items;
    this.byId = new Map();
    for (const item of items) if (item.kind === 'site') this.byId.set(item.entry.site.id, item);
    this.onLayout(items);
  }

  /** Paints all items, or only those touching `boxes` after clearing them. */
  private paint(boxes: readonly LayerRect[] | null): void {
    const canvas = this.canvas;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return;
    const dpr = canvas.width / Math.max(1, this.size.x);
    ctx.setTransform(dpr, 0, 0, dpr, -this.origin.x * dpr, -this.origin.y * dpr);
    if (boxes === null) ctx.clearRect(this.origin.x, this.origin.y, this.size.x, this.size.y);
    else {
      if (boxes.length === 0) return;
      ctx.save();
      ctx.beginPath();
      for (const b of boxes) ctx.rect(b.minX, b.minY, b.maxX - b.minX, b.maxY - b.minY);
      ctx.clip();
      for (const b of boxes) ctx.clearRect(b.minX, b.minY, b.maxX - b.minX, b.maxY - b.minY);
    }
    for (const item of this.items) {
      if (boxes && !boxes.some((b) => touches(b, item))) continue;
      if (item.kind === 'cluster') drawCluster(ctx, item.x, item.y, item.r, this.clusterText(item.count));
      else drawSite(ctx, item.x, item.y, SITE_COLOURS[item.entry.site.kind], item.selected);
    }
    if (boxes) ctx.restore();
  }
}

/** A square box of half-size `half` around a point. */
export function boxAround(x: number, y: number, half: number): LayerRect {
  return { minX: x - half, minY: y - half, maxX: x + half, maxY: y + half };
}

function touches(box: LayerRect, item: DrawnItem): boolean {
  const r = item.r + 6;
  return item.x + r >= box.minX && item.x - r <= box.maxX && item.y + r >= box.minY && item.y - r <= box.maxY;
}
