import { lt } from '../i18n/localized';
import type { Problem } from '../project/problem';
import type { Position } from '../project/schema';
import { utm32ToWgs84 } from '../geo/projection';
import { closeRing, firstSelfIntersection, rewindPolygon } from './geometry-repair';

/** Collects problems while reading one GeoJSON document. */
export interface Context {
  problems: Problem[];
  warnings: Problem[];
  file: string | undefined;
  utm: boolean;
  outsideDenmark: number;
}

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

export function readPosition(ctx: Context, value: unknown, path: string): Position | null {
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
  if (ctx.utm) return utm32ToWgs84([x, y]);
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

export function readLine(ctx: Context, value: unknown, path: string, min: number): Position[] | null {
  if (!Array.isArray(value) || value.length < min) {
    problem(ctx, 'error', path, lt(`Skal have mindst ${min} positioner.`, `Must have at least ${min} positions.`));
    return null;
  }
  const out: Position[] = [];
  value.forEach((p, i) => {
    const pos = readPosition(ctx, p, `${path}[${i}]`);
    if (pos) out.push(pos);
  });
  return out.length === value.length ? out : null;
}

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
    if (closed.ring.length < 4) {
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
