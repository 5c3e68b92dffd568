import L from 'leaflet';
import { plainText } from './plain-text';
import type { DrawnItem, SiteCanvasLayer } from './site-canvas';
import { worldPoint } from './world-point';

export interface SitePointerOptions {
  canvas: SiteCanvasLayer;
  /** True while pointer input on sites means select/drag (the select tool, not drawing or picking a link target). */
  isActive(): boolean;
  onSelect(id: string): void;
  /** Called once when a drag ends, with the new WGS84 position in degrees. */
  onMove(id: string, lon: number, lat: number): void;
  /** A click on a cluster: zoom in until it falls apart (cluster id, layer point). */
  onExpandCluster(clusterId: number, x: number, y: number): void;
  /** Tooltip text (plain text, never HTML) of a site or cluster. */
  tooltip(item: DrawnItem): string;
}

/** Pointer travel in pixels below which a press is a click, not a drag. */
const CLICK_SLOP_PX = 4;

/**
 * Mouse, pen and touch on the site canvas through hit tests: hover shows a plain-text tooltip and a pointer cursor;
 * a press on a site selects it, and dragging moves it (one undoable move when released); a click on a cluster zooms
 * in until it falls apart. Presses on sites never reach Leaflet (no map pan, no deselect); presses elsewhere, and all
 * input while a drawing tool is active, pass through untouched. Returns the function that detaches everything.
 */
export function attachSitePointer(map: L.Map, options: SitePointerOptions): () => void {
  const container = map.getContainer();
  const { canvas } = options;
  const tooltip = L.tooltip({ direction: 'top', className: 'site-tooltip', opacity: 0.95 });
  let hovered: DrawnItem | null = null;
  let press: { item: DrawnItem; x: number; y: number; dragging: boolean } | null = null;
  let swallowClick = false;

  const hitAt = (event: MouseEvent) =>
    canvas.hitTest(map.containerPointToLayerPoint(map.mouseEventToContainerPoint(event)));

  const hover = (item: DrawnItem | null) => {
    if (item === hovered) return;
    hovered = item;
    container.classList.toggle('map--over-site', item !== null);
    if (!item) {
      map.closeTooltip(tooltip);
      return;
    }
    tooltip.options.offset = L.point(0, -item.r - 2);
    tooltip.setContent(plainText(options.tooltip(item)));
    tooltip.setLatLng(map.layerPointToLatLng([item.x, item.y]));
    map.openTooltip(tooltip);
  };

  const onHover = (event: PointerEvent) => {
    if (press?.dragging) return;
    hover(options.isActive() ? hitAt(event) : null);
  };

  const onDown = (event: PointerEvent) => {
    if (event.button !== 0 || !options.isActive()) return;
    const item = hitAt(event);
    if (!item) return;
    press = { item, x: event.clientX, y: event.clientY, dragging: false };
    // Clusters let the map pan; a press on a site is ours alone.
    if (item.kind === 'cluster') return;
    event.preventDefault();
    event.stopImmediatePropagation();
    document.addEventListener('pointermove', onDrag);
    document.addEventListener('pointerup', onUp);
    document.addEventListener('pointercancel', onCancel);
  };

  const onDrag = (event: PointerEvent) => {
    if (!press || press.item.kind !== 'site') return;
    const id = press.item.entry.site.id;
    if (!press.dragging) {
      if (Math.hypot(event.clientX - press.x, event.clientY - press.y) < CLICK_SLOP_PX) return;
      press.dragging = true;
      hover(null);
      container.classList.add('map--dragging-site');
      options.onSelect(id);
    }
    const latlng = map.mouseEventToLatLng(event);
    const [x, y] = worldPoint(latlng.lng, latlng.lat);
    canvas.setDragPreview({ id, x, y });
  };

  const stopDragging = () => {
    document.removeEventListener('pointermove', onDrag);
    document.removeEventListener('pointerup', onUp);
    document.removeEventListener('pointercancel', onCancel);
    container.classList.remove('map--dragging-site');
  };

  const onUp = (event: PointerEvent) => {
    stopDragging();
    const done = press;
    press = null;
    if (!done || done.item.kind !== 'site') return;
    swallowClick = true;
    const id = done.item.entry.site.id;
    if (!done.dragging) return options.onSelect(id);
    canvas.setDragPreview(null);
    const latlng = map.mouseEventToLatLng(event);
    options.onMove(id, latlng.lng, latlng.lat);
  };

  const onCancel = () => {
    stopDragging();
    press = null;
    canvas.setDragPreview(null);
  };

  const onClick = (event: MouseEvent) => {
    const done = press;
    if (swallowClick) {
      swallowClick = false;
      event.stopImmediatePropagation();
      return;
    }
    press = null;
    if (!done || done.item.kind !== 'cluster') return;
    if (Math.hypot(event.clientX - done.x, event.clientY - done.y) >= CLICK_SLOP_PX) return;
    event.stopImmediatePropagation();
    options.onExpandCluster(done.item.clusterId, done.item.x, done.item.y);
  };

  // Chromium sends no compatibility mousedown after a cancelled pointerdown; this keeps Leaflet out where one comes.
  const onMouseDown = (event: MouseEvent) => {
    if (press?.item.kind === 'site') event.stopImmediatePropagation();
  };
  const onLeave = () => hover(null);
  const onMoveStart = () => hover(null);
  container.addEventListener('pointerdown', onDown, true);
  container.addEventListener('mousedown', onMouseDown, true);
  container.addEventListener('click', onClick, true);
  container.addEventListener('pointermove', onHover);
  container.addEventListener('pointerleave', onLeave);
  map.on('movestart zoomstart', onMoveStart);
  return () => {
    stopDragging();
    hover(null);
    container.removeEventListener('pointerdown', onDown, true);
    container.removeEventListener('mousedown', onMouseDown, true);
    container.removeEventListener('click', onClick, true);
    container.removeEventListener('pointermove', onHover);
    container.removeEventListener('pointerleave', onLeave);
    map.off('movestart zoomstart', onMoveStart);
  };
}
