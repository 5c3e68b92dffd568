import L from 'leaflet';
import type { StoreApi } from 'zustand/vanilla';
import type { Position } from '../../core/project/schema';
import { isTextEntry } from '../app/commands';
import { translator } from '../i18n';
import type { ToolId } from '../state/app-state';
import type { AppStore } from '../state/store';
import { createAreaFrom, createCorridorFrom, createSiteAt } from './draw-create';
import { setDrawCommands, setDrawPointCount } from './draw-session';
import { ensurePane } from './panes';

/** Distance in screen pixels within which a click closes the ring, repeats the last point or snaps to a site. */
const SNAP_PX = 10;
/** Pointer travel in pixels between press and release above which a click was a pan. */
const CLICK_TOLERANCE_PX = 3;
const SKETCH: L.PathOptions = { color: '#e65100', weight: 2, dashArray: '5 5', fillOpacity: 0.1, interactive: false };

export { DEFAULT_CORRIDOR } from './draw-create';

/**
 * The map's drawing tools: add a site with one click; draw an area (click corners, finish with a double-click, a
 * click on the first corner or Enter) or a corridor (finish with a double-click or Enter). Escape cancels,
 * Backspace drops the last point. While a tool is active every click on the map adds a point, also a click on a
 * site marker or another object (it snaps to the site) instead of selecting it. Each finished drawing is one
 * undoable action.
 */
export class DrawTools {
  private readonly sketch = L.layerGroup();
  private readonly sketchStyle: L.PathOptions;
  private vertices: L.LatLng[] = [];
  private pointer: L.LatLng | null = null;
  private tool: ToolId = 'select';
  private downAt: { x: number; y: number } | null = null;

  constructor(
    private readonly map: L.Map,
    private readonly store: StoreApi<AppStore>,
  ) {
    this.sketchStyle = { ...SKETCH, pane: ensurePane(map, 'selection') };
    this.sketch.addTo(map);
    map.on('mousemove', (e) => this.move(e.latlng));
    map.on('dblclick', () => this.finish());
    window.addEventListener('keydown', this.onKey);
    // Capture phase: the drawing sees a click before a marker, an area or the site canvas can select something.
    const container = map.getContainer();
    container.addEventListener('click', this.onClickCapture, true);
    container.addEventListener('mousedown', this.onDownCapture, true);
    setDrawCommands({
      addPoint: (lat, lon) => this.click(L.latLng(lat, lon), false),
      removeLastPoint: () => this.removeLast(),
      finish: () => this.finish(),
    });
  }

  dispose(): void {
    setDrawCommands(null);
    window.removeEventListener('keydown', this.onKey);
    const container = this.map.getContainer();
    container.removeEventListener('click', this.onClickCapture, true);
    container.removeEventListener('mousedown', this.onDownCapture, true);
    this.sketch.remove();
  }

  /** Switches tool: clears any half-drawn shape; double-click zoom is off while drawing. */
  setTool(tool: ToolId): void {
    this.tool = tool;
    this.setVertices([]);
    const drawing = tool !== 'select';
    this.map.getContainer().classList.toggle('map--drawing', drawing);
    if (drawing) this.map.doubleClickZoom.disable();
    else this.map.doubleClickZoom.enable();
  }

  /** A click (or a typed point) while a drawing tool is active; map clicks snap to a site within SNAP_PX. */
  click(latlng: L.LatLng, snap = true): void {
    if (this.tool === 'select') return;
    const at = snap ? this.snapToSite(latlng) : latlng;
    if (this.tool === 'addSite') {
      createSiteAt(this.store, at.lat, at.lng);
      return;
    }
    const point = this.map.latLngToContainerPoint(at);
    // A click within SNAP_PX (or a typed point equal to it) is the same point.
    const near = (v: L.LatLng | undefined) =>
      v !== undefined && (snap ? this.map.latLngToContainerPoint(v).distanceTo(point) < SNAP_PX : v.equals(at));
    if (this.tool === 'drawArea' && this.vertices.length >= 3 && near(this.vertices[0])) return this.finish();
    if (near(this.vertices[this.vertices.length - 1])) return;
    this.setVertices([...this.vertices, at]);
  }

  /** A site's exact position when the click is within SNAP_PX of it on screen, else the click itself. */
  private snapToSite(latlng: L.LatLng): L.LatLng {
    const point = this.map.latLngToContainerPoint(latlng);
    let best: { at: L.LatLng; px: number } | null = null;
    for (const site of this.store.getState().project.sites) {
      const at = L.latLng(site.lat, site.lon);
      const px = this.map.latLngToContainerPoint(at).distanceTo(point);
      if (px < SNAP_PX && (!best || px < best.px)) best = { at, px };
    }
    return best?.at ?? latlng;
  }

  /** True for events on the map itself, not on its controls (zoom buttons, attribution) or a popup. */
  private onMap(event: MouseEvent): boolean {
    const target = event.target as Element | null;
    return this.tool !== 'select' && target !== null && !target.closest('.leaflet-control-container, .leaflet-popup');
  }

  private readonly onDownCapture = (event: MouseEvent) => {
    this.downAt = { x: event.clientX, y: event.clientY };
    // A press on a site marker must not start dragging the site while drawing.
    if (this.onMap(event) && (event.target as Element).closest('.leaflet-marker-icon')) event.stopPropagation();
  };

  private readonly onClickCapture = (event: MouseEvent) => {
    if (!this.onMap(event) || event.button !== 0) return;
    // Immediate: also Leaflet's own listener on the container must not turn the click into a selection.
    event.stopImmediatePropagation();
    // A click that ends a pan of the map is not a point (Leaflet's click tolerance is 3 px).
    const down = this.downAt;
    if (down && Math.hypot(event.clientX - down.x, event.clientY - down.y) > CLICK_TOLERANCE_PX) return;
    this.click(this.map.mouseEventToLatLng(event));
  };

  private readonly onKey = (event: KeyboardEvent) => {
    if (this.tool === 'select' || isTextEntry(event.target) || this.store.getState().dialog) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      this.store.getState().setTool('select');
    } else if (event.key === 'Enter' && this.tool !== 'addSite') {
      event.preventDefault();
      this.finish();
    } else if (event.key === 'Backspace' && this.vertices.length > 0) {
      event.preventDefault();
      this.removeLast();
    }
  };

  private removeLast(): void {
    this.setVertices(this.vertices.slice(0, -1));
  }

  private move(latlng: L.LatLng): void {
    this.pointer = latlng;
    if (this.vertices.length > 0) this.redraw();
  }

  private setVertices(vertices: L.LatLng[]): void {
    this.vertices = vertices;
    setDrawPointCount(vertices.length);
    this.redraw();
  }

  private redraw(): void {
    this.sketch.clearLayers();
    if (this.vertices.length === 0) return;
    const style = this.sketchStyle;
    const line = this.pointer ? [...this.vertices, this.pointer] : this.vertices;
    if (this.tool === 'drawArea' && line.length >= 3) L.polygon(line, style).addTo(this.sketch);
    else L.polyline(line, style).addTo(this.sketch);
    for (const v of this.vertices)
      L.circleMarker(v, { ...style, dashArray: undefined, radius: 4, fillOpacity: 1 }).addTo(this.sketch);
  }

  private finish(): void {
    const state = this.store.getState();
    const points: Position[] = this.vertices.map((v) => [v.lng, v.lat]);
    const refusal =
      this.tool === 'drawArea'
        ? createAreaFrom(this.store, points, state.drawAreaKind)
        : this.tool === 'drawCorridor'
          ? createCorridorFrom(this.store, points)
          : null;
    if (refusal) state.showToast(translator(state.lang)(refusal));
  }
}
