import L from 'leaflet';
import { formatNumber } from '../../core/geo/format';
import { utm32ToWgs84 } from '../../core/geo/projection';
import type { StoreApi } from 'zustand/vanilla';
import { onFieldOverlay, setFieldOverlay, type FieldOverlay } from '../features/request/field-overlay';
import type { AppStore } from '../state/store';
import { ensurePane } from './panes';

/** Blue → yellow → red for field strength between the lowest and highest value on the line. */
function ramp(t: number): string {
  const x = Math.max(0, Math.min(1, t));
  const [r, g, b] = x < 0.5 ? [0.2 + 1.4 * x, 0.45 + 0.8 * x, 0.85 - 1.4 * x] : [0.9, 0.85 - 1.3 * (x - 0.5), 0.15];
  return `rgb(${Math.round(r * 255)},${Math.round(g * 255)},${Math.round(b * 255)})`;
}

/** A tooltip that is text, never HTML (names and numbers are shown as typed). */
function textTooltip(text: string): HTMLElement {
  const el = document.createElement('span');
  el.textContent = text;
  return el;
}

/**
 * The lease request's field layer: the predicted field along the lease-area edge (dots coloured by strength), its
 * maximum, and the maxima along the national borders, in the coverage-vector pane. It stays after the wizard closes
 * (the wizard covers the map) until the plan changes, which makes it stale.
 */
export function mountRequestFieldLayer(map: L.Map, store: StoreApi<AppStore>): () => void {
  const lang = () => store.getState().lang;
  const unsubscribeStore = store.subscribe((state, prev) => {
    if (state.project !== prev.project && !state.requestWizard) setFieldOverlay(null);
  });
  const pane = ensurePane(map, 'coverageVector');
  const renderer = L.canvas({ pane });
  const group = L.layerGroup().addTo(map);
  const draw = (overlay: FieldOverlay | null) => {
    group.clearLayers();
    if (!overlay) return;
    const field = overlay.boundary;
    if (field) {
      const values = field.points.map((p) => p.dbuvPerMPer5MHz).filter(Number.isFinite);
      const [lo, hi] = [Math.min(...values), Math.max(...values)];
      const every = Math.max(1, Math.floor(field.points.length / 2000));
      field.points.forEach((p, i) => {
        if (i % every !== 0 || !Number.isFinite(p.dbuvPerMPer5MHz)) return;
        const [lon, lat] = utm32ToWgs84([p.e, p.n]);
        L.circleMarker([lat, lon], {
          renderer,
          pane,
          radius: 2.5,
          stroke: false,
          fillOpacity: 0.9,
          fillColor: ramp((p.dbuvPerMPer5MHz - lo) / Math.max(1e-9, hi - lo)),
          interactive: false,
        }).addTo(group);
      });
      L.circleMarker([field.at[1], field.at[0]], {
        renderer,
        pane,
        radius: 6,
        color: '#fff',
        weight: 1.5,
        fillColor: '#e5261a',
        fillOpacity: 1,
      })
        .bindTooltip(
          textTooltip(
            `${overlay.labels.boundaryMax}: ${formatNumber(field.maxDbuvPerMPer5MHz, lang(), 1)} dBµV/m (${formatNumber(field.heightM, lang())} m)`,
          ),
        )
        .addTo(group);
    }
    for (const b of overlay.borders)
      L.circleMarker([b.lat, b.lon], {
        renderer,
        pane,
        radius: 6,
        color: '#fff',
        weight: 1.5,
        fillColor: b.limit !== null && b.valueDbuvPerMPer5MHz > b.limit ? '#b71c1c' : '#e08a0b',
        fillOpacity: 1,
      })
        .bindTooltip(
          textTooltip(
            `${overlay.labels.border(b.country)}: ${formatNumber(b.valueDbuvPerMPer5MHz, lang(), 1)} dBµV/m (${formatNumber(b.heightM, lang())} m)`,
          ),
        )
        .addTo(group);
  };
  const unsubscribe = onFieldOverlay(draw);
  return () => {
    unsubscribe();
    unsubscribeStore();
    group.remove();
  };
}
