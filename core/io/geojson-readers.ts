import { lt } from '../i18n/localized';
import type { Problem } from '../project/problem';
import type { Position } from '../project/schema';
import { utm32ToWgs84 } from '../geo/projection';
import { closeRing, firstSelfIntersection, rewindPolygon } from './geometry-repair';
import { IMPORT_LIMITS } from './limits';

/** Collects problems while reading one GeoJSON document. */
export interface Context {
  problems: Problem[];
  warnings: Problem[];
  file: string | undefined;
  utm: boolean;
  outsideDenmark: number;
  /** Positions read so far (bounded by IMPORT_LIMITS.maxPositions). */
  positions: number;
  /** Set when a limit was hit: the walk stops. */
  stopped: boolean;
}

/** A fresh reading context for one file. */
export function newContext(file: string | undefined): Context {
  return { problems: [], warnings: [], file, utm: false, outsideDenmark: 0, positions: 0, stopped: false };
}

/** Records a located problem (error or warning) of the document being read. */
export function problem(
  ctx: Context,
  severity: 'error' | 'warning',
  path: string,
  message: Problem['message'],
  hint?: Problem['hint'],
): void {
  const p: Problem = { severity, path, message };
  if (hint) p.hint = hint;
  if (ctx.file !== undefined) p.file = ctx.file;
  (severity === 'error' ? ctx.problems : ctx.warnings).push(p);
}

/** Stops the walk with one problem when the file holds more positions than the limit. */
function countPosition(ctx: Context, path: string): boolean {
  if (++ctx.positions <= IMPORT_LIMITS.maxPositions) return true;
  if (!ctx.stopped) {
    ctx.stopped = true;
    problem(
      ctx,
      'error',
      path,
      lt(
        `Filen har mere end ${IMPORT_LIMITS.maxPositions.toLocaleString('da-DK')} positioner; importen er stoppet.`,
        `The file has more than ${IMPORT_LIMITS.maxPositions.toLocaleString('en')} positions; the import stopped.`,
      ),
      lt(
        'Forenkl geometrien (fx QGIS "Forenkl") eller del filen.',
        'Simplify the geometry (e.g. QGIS "Simplify") or split the file.',
      ),
    );
  }
  return false;
}

/** Reads [x, y] (WGS84 degrees, or EPSG:25832 metres when the file says so) as a WGS84 position, or a problem. */
export function readPosition(ctx: Context, value: unknown, path: string): Position | null {
  if (!countPosition(ctx, path)) return null;
  if (
    !Array.isArray(value) ||
    value.length < 2 ||
    !value.slice(0, 2).every((n) => typeof n === 'number' && Number.isFinite(n))
  ) {
    problem(
      ctx,
      'error',
      path,
      lt('Ugyldig position: forventede [x, y] med tal.', 'Invalid position: expected [x, y] numbers.'),
    );
    return null;
  }
  const [x, y] = value as [number, number];
  if (ctx.utm) {
    const [lon, lat] = utm32ToWgs84([x, y]);
    if (Number.isFinite(lon) && Number.isFinite(lat) && Math.abs(lon) <= 180 && Math.abs(lat) <= 90) return [lon, lat];
    problem(
      ctx,
      'error',
      path,
      lt(
        `Koordinaten [${x}, ${y}] er ikke en gyldig EPSG:25832-position (øst, nord i meter).`,
        `The coordinate [${x}, ${y}] is not a valid EPSG:25832 position (east, north in metres).`,
      ),
      lt(
        'Danske koordinater ligger omkring øst 440 000–900 000, nord 6 040 000–6 410 000.',
        'Danish coordinates lie around east 440,000–900,000, north 6,040,000–6,410,000.',
      ),
    );
    return null;
  }
  if (Math.abs(x) > 180 || Math.abs(y) > 90) {
    problem(
      ctx,
      'error',
      path,
      lt(
        `Koordinaten [${x}, ${y}] er ikke længde/bredde i grader.`,
        `The coordinate [${x}, ${y}] is not longitude/latitude in degrees.`,
      ),
      lt(
        'Ligner EPSG:25832 (meter)? Angiv "crs" i filen eller omprojicér til WGS84.',
        'Looks like EPSG:25832 (metres)? Add a "crs" member or reproject to WGS84.',
      ),
    );
    return null;
  }
  return [x, y];
}

/** Reads a list of at least `min` positions, or a problem. */
export function readLine(ctx: Context, value: unknown, path: string, min: number): Position[] | null {
  if (!Array.isArray(value) || value.length < min) {
    problem(ctx, 'error', path, lt(`Skal have mindst ${min} positioner.`, `Must have at least ${min} positions.`));
    return null;
  }
  const out: Position[] = [];
  for (let i = 0; i < value.length && !ctx.stopped; i++) {
    const pos = readPosition(ctx, value[i], `${path}[${i}]`);
    if (pos) out.push(pos);
  }
  return out.length === value.length ? out : null;
}

/** Reads polygon rings: closes open rings (warning), refuses degenerate or self-intersecting ones. */
export function readPolygon(ctx: Context, value: unknown, path: string): Position[][] | null {
  if (!Array.isArray(value) || value.length === 0) {
    problem(ctx, 'error', path, lt('En polygon skal have mindst én ring.', 'A polygon needs at least one ring.'));
    return null;
  }
  const rings: Position[][] = [];
  for (let i = 0; i < value.length; i++) {
    const ring = readLine(ctx, value[i], `${path}[${i}]`, 3);
    if (!ring) return null;
    const closed = closeRing(ring);
    if (closed.closed)
      problem(
        ctx,
        'warning',
        `${path}[${i}]`,
        lt('Ringen var ikke lukket; den er lukket.', 'The ring was not closed; it has been closed.'),
      );
    if (distinctCorners(closed.ring) < 3) {
      problem(
        ctx,
        'error',
        `${path}[${i}]`,
        lt('En ring skal have mindst 3 forskellige hjørner.', 'A ring needs at least 3 distinct corners.'),
      );
      return null;
    }
    rings.push(closed.ring);
  }
  const kink = firstSelfIntersection(rings);
  if (kink) {
    problem(
      ctx,
      'error',
      path,
      lt(
        `Polygonen skærer sig selv ved ${kink[1].toFixed(5)}, ${kink[0].toFixed(5)}.`,
        `The polygon intersects itself at ${kink[1].toFixed(5)}, ${kink[0].toFixed(5)}.`,
      ),
      lt(
        'Ret geometrien (fx QGIS "Ret geometrier") og importér igen.',
        'Fix the geometry (e.g. QGIS "Fix geometries") and import again.',
      ),
    );
    return null;
  }
  return rewindPolygon(rings);
}

/** Corners of a closed ring, not counting repeats of the previous corner or the closing position. */
function distinctCorners(ring: readonly Position[]): number {
  let count = 0;
  for (let i = 1; i < ring.length; i++) {
    const [a, b] = [ring[i - 1] as Position, ring[i] as Position];
    if (a[0] !== b[0] || a[1] !== b[1]) count++;
  }
  return count;
}
