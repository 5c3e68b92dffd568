import type L from 'leaflet';
import { wgs84ToUtm32 } from '../../core/geo/projection';

let viewMap: L.Map | null = null;

/** Registers the window's map, whose view coverage runs refine first. */
export function setCurrentViewMap(map: L.Map | null): void {
  viewMap = map;
}

/** The map view as an EPSG:25832 box [minE, minN, maxE, maxN] (its four corners), or null without a map. */
export function currentViewUtm(): [number, number, number, number] | null {
  if (!viewMap) return null;
  const b = viewMap.getBounds();
  const corners = [b.getSouthWest(), b.getNorthWest(), b.getNorthEast(), b.getSouthEast()].map((p) =>
    wgs84ToUtm32([p.lng, p.lat]),
  );
  const es = corners.map((c) => c[0]);
  const ns = corners.map((c) => c[1]);
  return [Math.min(...es), Math.min(...ns), Math.max(...es), Math.max(...ns)];
}
