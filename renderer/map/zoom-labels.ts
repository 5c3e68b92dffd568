import type L from 'leaflet';
import { translator } from '../i18n';

/** Gives Leaflet's zoom buttons the UI language's names (Leaflet writes "Zoom in"/"Zoom out" in English). */
export function localiseZoomControl(map: L.Map, lang: 'da' | 'en'): void {
  const t = translator(lang);
  const container = map.getContainer();
  for (const [selector, label] of [
    ['.leaflet-control-zoom-in', t('map.zoomIn')],
    ['.leaflet-control-zoom-out', t('map.zoomOut')],
  ] as const) {
    const button = container.querySelector<HTMLElement>(selector);
    button?.setAttribute('title', label);
    button?.setAttribute('aria-label', label);
  }
}
