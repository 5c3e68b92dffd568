import L from 'leaflet';
import { ensurePane } from './panes';

/** A place the search found: the map flies there and marks it until the search card closes. */
export interface FoundPlace {
  lat: number;
  lon: number;
  label: string;
}

type Listener = (place: FoundPlace | null) => void;
const listeners = new Set<Listener>();
let current: FoundPlace | null = null;

/** Shows a found place on the map (or clears it with null). */
export function showFoundPlace(place: FoundPlace | null): void {
  current = place;
  for (const listener of listeners) listener(place);
}

/** The place shown now, or null. */
export function foundPlace(): FoundPlace | null {
  return current;
}

/** Zoom used when flying to a found place (about a village and its surroundings). */
const FOUND_ZOOM = 13;

/** Keeps a map in step with the found place: flies there and draws a pin in the selection pane. Returns the unmount. */
export function mountFoundPlace(map: L.Map): () => void {
  const pane = ensurePane(map, 'selection');
  let pin: L.CircleMarker | null = null;
  const listener: Listener = (place) => {
    pin?.remove();
    pin = null;
    if (!place) return;
    pin = L.circleMarker([place.lat, place.lon], {
      pane,
      radius: 9,
      color: '#1f2933',
      weight: 3,
      fillColor: '#ffb300',
      fillOpacity: 0.9,
      interactive: false,
    }).addTo(map);
    map.flyTo([place.lat, place.lon], Math.max(map.getZoom(), FOUND_ZOOM), { duration: 0.6 });
  };
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    pin?.remove();
  };
}
