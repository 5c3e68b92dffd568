import L from 'leaflet';
import type { AreaGeometry, MultiPolygon } from '../../core/project/schema';
import { ensurePane, PANES } from './panes';

/** Gap polygons: red outline with a red hatch (SVG pattern GAP_HATCH_ID, see ensureHatch). */
export const GAP_STYLE: L.PathOptions = {
  color: '#c62828',
  weight: 2,
  fillColor: '#c62828',
  fillOpacity: 0.45,
  className: 'coverage-gap',
  interactive: false,
};

/** Contour outlines: good threshold green, edge threshold orange (no fill). */
export const CONTOUR_STYLES: L.PathOptions[] = [
  { color: '#1b5e20', weight: 1.5, fill: false, interactive: false },
  { color: '#e65100', weight: 1.5, dashArray: '5 4', fill: false, interactive: false },
];

export const GAP_HATCH_ID = 'coverage-gap-hatch';

/** Adds the hatch pattern to the coverage-vector pane's SVG once (Leaflet creates that SVG lazily). */
function ensureHatch(map: L.Map): void {
  const svg = map.getPane(PANES.coverageVector.name)?.querySelector('svg');
  if (!svg || svg.querySelector(`#${GAP_HATCH_ID}`)) return;
  const ns = 'http://www.w3.org/2000/svg';
  const defs = svg.querySelector('defs') ?? svg.insertBefore(document.createElementNS(ns, 'defs'), svg.firstChild);
  const pattern = document.createElementNS(ns, 'pattern');
  pattern.setAttribute('id', GAP_HATCH_ID);
  pattern.setAttribute('patternUnits', 'userSpaceOnUse');
  pattern.setAttribute('width', '10');
  pattern.setAttribute('height', '10');
  pattern.setAttribute('patternTransform', 'rotate(45)');
  const line = document.createElementNS(ns, 'line');
  line.setAttribute('x1', '0');
  line.setAttribute('y1', '0');
  line.setAttribute('x2', '0');
  line.setAttribute('y2', '10');
  line.setAttribute('stroke', '#c62828');
  line.setAttribute('stroke-opacity', '0.55');
  line.setAttribute('stroke-width', '1.5');
  pattern.appendChild(line);
  defs.appendChild(pattern);
}

/**
 * Coverage gaps (AOI minus covered area) and threshold contours, drawn as SVG in the coverage-vector pane: above
 * the basemap and the coverage raster, below the project's objects and sites. Symmetric addTo / remove.
 */
export class CoveragePolygonsLayer {
  readonly gaps = L.layerGroup();
  readonly contours = L.layerGroup();
  private map: L.Map | null = null;
  private renderer: L.Renderer | null = null;
  private last: { gaps: unknown; contours: unknown } | null = null;

  addTo(map: L.Map): this {
    this.map = map;
    this.renderer = L.svg({ pane: ensurePane(map, 'coverageVector') });
    return this;
  }

  remove(): void {
    this.gaps.remove();
    this.contours.remove();
    this.gaps.clearLayers();
    this.contours.clearLayers();
    this.last = null;
    this.renderer?.remove();
    this.renderer = null;
    this.map = null;
  }

  update(
    gaps: AreaGeometry | null,
    contours: readonly { geometry: MultiPolygon | null }[] | null,
    visible: { gaps: boolean; contours: boolean },
  ): void {
    const map = this.map;
    if (!map) return;
    if (!this.last || this.last.gaps !== gaps || this.last.contours !== contours) {
      this.last = { gaps, contours };
      this.gaps.clearLayers();
      this.contours.clearLayers();
      // GeoJSON hands its options to each path it creates, so they all draw in the pane's SVG renderer.
      const options = (style: L.PathOptions) => ({ style: () => style, renderer: this.renderer }) as L.GeoJSONOptions;
      if (gaps) L.geoJSON(gaps, options(GAP_STYLE)).addTo(this.gaps);
      (contours ?? []).forEach((c, i) => {
        const style = CONTOUR_STYLES[Math.min(i, CONTOUR_STYLES.length - 1)] ?? {};
        if (c.geometry) L.geoJSON(c.geometry, options(style)).addTo(this.contours);
      });
    }
    for (const [group, show] of [
      [this.gaps, visible.gaps && gaps !== null],
      [this.contours, visible.contours && contours !== null],
    ] as const) {
      if (show && !map.hasLayer(group)) group.addTo(map);
      if (!show && map.hasLayer(group)) group.remove();
    }
    ensureHatch(map);
  }
}
