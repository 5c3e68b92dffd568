import { buffer, lineString } from '@turf/turf';
import type { MultiPolygon, Polygon } from 'geojson';
import type { Corridor } from '../../core/project/schema';

const zones = new WeakMap<Corridor, Polygon | MultiPolygon | null>();
const queue: { corridor: Corridor; done: (zone: Polygon | MultiPolygon | null) => void }[] = [];
let scheduled = false;
/** Longest slice of buffering work per idle period, ms. */
const SLICE_MS = 8;

/** The corridor's zone: its centre line buffered by half its width in metres (turf), cached per corridor object. */
export function corridorZone(corridor: Corridor): Polygon | MultiPolygon | null {
  let zone = zones.get(corridor);
  if (zone === undefined) {
    zone = buffer(lineString(corridor.coordinates), corridor.widthM / 2, { units: 'meters' })?.geometry ?? null;
    zones.set(corridor, zone);
  }
  return zone;
}

function drain(deadline?: IdleDeadline): void {
  scheduled = false;
  const start = performance.now();
  const left = () => (deadline ? deadline.timeRemaining() : SLICE_MS - (performance.now() - start));
  while (queue.length > 0 && left() > 0) {
    const job = queue.shift();
    if (job) job.done(corridorZone(job.corridor));
  }
  if (queue.length > 0) schedule();
}

function schedule(): void {
  if (scheduled) return;
  scheduled = true;
  if (typeof requestIdleCallback === 'function') requestIdleCallback(drain, { timeout: 200 });
  else setTimeout(drain, 0);
}

/**
 * Calls `done` with the corridor's zone: at once when it is cached, else in idle time in slices of a few
 * milliseconds (buffering costs ~10 ms per corridor), so opening a plan with many corridors does not block.
 */
export function whenCorridorZone(corridor: Corridor, done: (zone: Polygon | MultiPolygon | null) => void): void {
  const cached = zones.get(corridor);
  if (cached !== undefined) return done(cached);
  queue.push({ corridor, done });
  schedule();
}
