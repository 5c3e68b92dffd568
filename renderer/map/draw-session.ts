/**
 * The bridge between the map's drawing tools (Leaflet side) and the toolbar (React side): how many points the
 * shape being drawn has, and the commands the toolbar's typed-point field and buttons send. One drawing at a time.
 */
export interface DrawCommands {
  /** Adds a point at a WGS84 position (degrees), as a map click would. */
  addPoint(lat: number, lon: number): void;
  /** Removes the last point. */
  removeLastPoint(): void;
  /** Finishes the shape (as Enter does). */
  finish(): void;
}

let commands: DrawCommands | null = null;
let pointCount = 0;
const listeners = new Set<() => void>();

/** Registers the map's drawing tools (null on unmount). */
export function setDrawCommands(next: DrawCommands | null): void {
  commands = next;
}

/** The map's drawing commands, or null before the map is mounted. */
export function drawCommands(): DrawCommands | null {
  return commands;
}

/** Called by the drawing tools whenever the number of points changes. */
export function setDrawPointCount(count: number): void {
  if (count === pointCount) return;
  pointCount = count;
  for (const listener of listeners) listener();
}

/** Number of points of the shape being drawn (for useSyncExternalStore). */
export function drawPointCount(): number {
  return pointCount;
}

/** Subscribes to point-count changes; returns the unsubscribe function. */
export function subscribeDrawPoints(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
