import { kinks, polygon as turfPolygon } from '@turf/turf';
import L from 'leaflet';
import type { StoreApi } from 'zustand/vanilla';
import type { Position } from '../../core/project/schema';
import { siteSchema } from '../../core/project/schema';
import { isTypingTarget } from '../app/commands';
import { translator } from '../i18n';
import { addArea, addCorridor, addSite, nextNumberedName } from '../state/actions';
import type { ToolId } from '../state/app-state';
import type { AppStore } from '../state/store';

/** Distance in screen pixels within which a click closes the ring or repeats the last vertex. */
const SNAP_PX = 10;
const SKETCH: L.PathOptions = { color: '#e65100', weight: 2, dashArray: '5 5', fillOpacity: 0.1, interactive: false };

/** Default width and flight altitude of a drawn drone corridor, metres. */
export const DEFAULT_CORRIDOR = { widthM: 200, altitudeM: 100 } as const;

/**
 * The map's drawing tools: add a site with one click; draw an area (click vertices, finish
 * with a double-click, a click on the first vertex or Enter) or a corridor (finish with a
 * double-click or Enter). Escape cancels, Backspace drops the last vertex. Each finished
 * drawing is one undoable action.
 */
export class DrawTools {
  private readonly sketch = L.layerGroup();
  private vertices: L.LatLng[] = [];
  private pointer: L.LatLng | null = null;
  private tool: ToolId = 'select';

  constructor(
    private readonly map: L.Map,
    private readonly store: StoreApi<AppStore>,
  ) {
    this.sketch.addTo(map);
    map.on('mousemove', (e) => this.move(e.latlng));
    map.on('dblclick', () => this.finish());
    window.addEventListener('keydown', this.onKey);
  }

  dispose(): void {
    window.removeEventListener('keydown', this.onKey);
    this.sketch.remove();
  }

  /** Switches tool: clears any half-drawn shape; double-click zoom is off while drawing. */
  setTool(tool: ToolId): void {
    this.tool = tool;
    this.vertices = [];
    this.redraw();
    const drawing = tool !== 'select';
    this.map.getContainer().classList.toggle('map--drawing', drawing);
    if (drawing) this.map.doubleClickZoom.disable();
    else this.map.doubleClickZoom.enable();
  }

  /** A click on the map while a drawing tool is active. */
  click(latlng: L.LatLng): void {
    if (this.tool === 'addSite') return this.placeSite(latlng);
    if (this.tool === 'select') return;
    const point = this.map.latLngToContainerPoint(latlng);
    const near = (v: L.LatLng | undefined) => v && this.map.latLngToContainerPoint(v).distanceTo(point) < SNAP_PX;
    if (this.tool === 'drawArea' && this.vertices.length >= 3 && near(this.vertices[0])) return this.finish();
    if (near(this.vertices[this.vertices.length - 1])) return;
    this.vertices.push(latlng);
    this.redraw();
  }

  private readonly onKey = (event: KeyboardEvent) => {
    if (this.tool === 'select' || isTypingTarget(event.target) || this.store.getState().dialog) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      this.store.getState().setTool('select');
    } else if (event.key === 'Enter') {
      event.preventDefault();
      this.finish();
    } else if (event.key === 'Backspace' && this.vertices.length > 0) {
      event.preventDefault();
      this.vertices.pop();
      this.redraw();
    }
  };

  private move(latlng: L.LatLng): void {
    this.pointer = latlng;
    if (this.vertices.length > 0) this.redraw();
  }

  private redraw(): void {
    this.sketch.clearLayers();
    if (this.vertices.length === 0) return;
    const line = this.pointer ? [...this.vertices, this.pointer] : this.vertices;
    if (this.tool === 'drawArea' && line.length >= 3) L.polygon(line, SKETCH).addTo(this.sketch);
    else L.polyline(line, SKETCH).addTo(this.sketch);
    for (const v of this.vertices)
      L.circleMarker(v, { ...SKETCH, dashArray: undefined, radius: 4, fillOpacity: 1 }).addTo(this.sketch);
  }

  private t() {
    return translator(this.store.getState().lang);
  }

  private placeSite(latlng: L.LatLng): void {
    const state = this.store.getState();
    const id = crypto.randomUUID();
    const name = nextNumberedName(
      this.t()('draw.newSite'),
      state.project.sites.map((s) => s.name),
    );
    const site = siteSchema.parse({ id, name, lon: round(latlng.lng), lat: round(latlng.lat) });
    state.dispatch(addSite, { site });
    state.setTool('select');
    state.select(id);
  }

  private finish(): void {
    const state = this.store.getState();
    const coordinates: Position[] = this.vertices.map((v) => [round(v.lng), round(v.lat)]);
    const t = this.t();
    if (this.tool === 'drawArea') {
      if (coordinates.length < 3) return state.showToast(t('draw.tooFewArea'));
      const ring = [...coordinates, coordinates[0] as Position];
      if (kinks(turfPolygon([ring])).features.length > 0) return state.showToast(t('draw.selfIntersecting'));
      const id = crypto.randomUUID();
      const name = nextNumberedName(
        t('draw.newArea'),
        state.project.areas.map((a) => a.name),
      );
      state.dispatch(addArea, {
        area: { id, name, kind: state.drawAreaKind, geometry: { type: 'Polygon', coordinates: [ring] }, notes: '' },
      });
      state.setTool('select');
      state.select(id);
    } else if (this.tool === 'drawCorridor') {
      if (coordinates.length < 2) return state.showToast(t('draw.tooFewCorridor'));
      const id = crypto.randomUUID();
      const name = nextNumberedName(
        t('draw.newCorridor'),
        state.project.corridors.map((c) => c.name),
      );
      state.dispatch(addCorridor, { corridor: { id, name, coordinates, ...DEFAULT_CORRIDOR, notes: '' } });
      state.setTool('select');
      state.select(id);
    }
  }
}

/** Rounds degrees to 7 decimals (about 1 cm), so saved files stay readable. */
function round(deg: number): number {
  return Math.round(deg * 1e7) / 1e7;
}
