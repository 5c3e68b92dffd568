import type { FieldResult } from '../../../core/coverage/boundary-field';

/** What the field layer draws: the boundary field points and the border maxima of the wizard's live request. */
export interface FieldOverlay {
  boundary: FieldResult | null;
  borders: {
    country: string;
    lon: number;
    lat: number;
    valueDbuvPerMPer5MHz: number;
    heightM: number;
    limit: number | null;
  }[];
  /** Tooltip texts in the UI language. */
  labels: { boundaryMax: string; border: (country: string) => string };
}

let current: FieldOverlay | null = null;
const listeners = new Set<(overlay: FieldOverlay | null) => void>();

/** Publishes the wizard's field overlay (null hides it); the map's field layer follows. */
export function setFieldOverlay(overlay: FieldOverlay | null): void {
  current = overlay;
  for (const listener of listeners) listener(overlay);
}

/** Subscribes to the field overlay; returns the unsubscribe function. Calls back at once with the current value. */
export function onFieldOverlay(listener: (overlay: FieldOverlay | null) => void): () => void {
  listeners.add(listener);
  listener(current);
  return () => listeners.delete(listener);
}
