import { lt } from '../i18n/localized';
import { jsonSyntaxReason, prefixed } from '../i18n/parser-messages';
import type { Result } from '../project/problem';
import { areaKindSchema, type Area, type Position } from '../project/schema';
import {
  bboxOf,
  collectPositions,
  inDenmark,
  type ImportOptions,
  type ImportSummary,
  type ImportedData,
} from './imported';
import { checkedArea, checkedCorridor, checkedSite, type ObjectSource } from './imported-objects';
import { IMPORT_LIMITS } from './limits';
import { newContext, problem, readLine, readPolygon, readPosition, type Context } from './geojson-readers';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** One geometry waiting to be read: GeometryCollections push their members instead of recursing (C2). */
interface Pending {
  geometry: unknown;
  props: Json;
  /** Where the geometry sits, e.g. `features[3].geometry.geometries[1]`. */
  path: string;
  /** Where its feature sits, for property problems, e.g. `features[3]`. */
  featurePath: string;
  index: number;
  depth: number;
}

function readGeometry(
  ctx: Context,
  out: ImportedData,
  counts: Record<string, number>,
  item: Pending,
  options: ImportOptions,
  stack: Pending[],
): void {
  const { geometry, props, path, index } = item;
  if (geometry === null) {
    problem(
      ctx,
      'warning',
      path,
      lt('Objektet har ingen geometri og springes over.', 'The feature has no geometry and is skipped.'),
    );
    return;
  }
  if (!isObject(geometry) || typeof geometry.type !== 'string') {
    problem(ctx, 'error', path, lt('Ugyldig geometri: mangler "type".', 'Invalid geometry: missing "type".'));
    return;
  }
  const type = geometry.type;
  counts[type] = (counts[type] ?? 0) + 1;
  const makeId = options.makeId ?? ((prefix: string, i: number) => `${prefix}-${i + 1}`);
  const coords = geometry.coordinates;
  const cpath = `${path}.coordinates`;
  const source = (geometryPath: string): ObjectSource => ({ ctx, props, featurePath: item.featurePath, geometryPath });
  switch (type) {
    case 'Point': {
      const p = readPosition(ctx, coords, cpath);
      if (p) checkedSite(source(cpath), out, makeId('site', out.sites.length), `${type} ${index + 1}`, p);
      return;
    }
    case 'MultiPoint': {
      const points = Array.isArray(coords) ? coords : [];
      for (let i = 0; i < points.length && !ctx.stopped; i++) {
        const p = readPosition(ctx, points[i], `${cpath}[${i}]`);
        if (p)
          checkedSite(
            source(`${cpath}[${i}]`),
            out,
            makeId('site', out.sites.length),
            `${type} ${index + 1}`,
            p,
            i + 1,
          );
      }
      return;
    }
    case 'LineString':
    case 'MultiLineString': {
      const lines = type === 'LineString' ? [coords] : Array.isArray(coords) ? coords : [];
      lines.forEach((l, i) => {
        const linePath = type === 'LineString' ? cpath : `${cpath}[${i}]`;
        const line = readLine(ctx, l, linePath, 2);
        if (line)
          checkedCorridor(
            source(linePath),
            out,
            makeId('corridor', out.corridors.length),
            `${type} ${index + 1}`,
            line,
            options,
            lines.length > 1 ? i + 1 : undefined,
          );
      });
      return;
    }
    case 'Polygon':
    case 'MultiPolygon': {
      const parts = type === 'Polygon' ? [coords] : Array.isArray(coords) ? coords : [];
      const polygons: Position[][][] = [];
      parts.forEach((part, i) => {
        const poly = readPolygon(ctx, part, type === 'Polygon' ? cpath : `${cpath}[${i}]`);
        if (poly) polygons.push(poly);
      });
      if (polygons.length !== parts.length || polygons.length === 0) return;
      const kind = areaKindSchema.safeParse(props.kind);
      const geometryOut: Area['geometry'] =
        polygons.length === 1 && type === 'Polygon'
          ? { type: 'Polygon', coordinates: polygons[0] as Position[][] }
          : { type: 'MultiPolygon', coordinates: polygons };
      checkedArea(
        source(cpath),
        out,
        makeId('area', out.areas.length),
        `${type} ${index + 1}`,
        geometryOut,
        kind.success ? kind.data : (options.areaKind ?? 'interest'),
      );
      return;
    }
    case 'GeometryCollection': {
      if (item.depth >= IMPORT_LIMITS.maxNestingDepth) {
        problem(
          ctx,
          'error',
          path,
          lt(
            `GeometryCollections er indlejret mere end ${IMPORT_LIMITS.maxNestingDepth} niveauer.`,
            `GeometryCollections are nested more than ${IMPORT_LIMITS.maxNestingDepth} levels deep.`,
          ),
          lt(
            'Gør geometrierne flade (fx QGIS "Multidel til enkeltdele").',
            'Flatten the geometries (e.g. QGIS "Multipart to singleparts").',
          ),
        );
        return;
      }
      const members = Array.isArray(geometry.geometries) ? geometry.geometries : [];
      // Pushed in reverse so members are read in file order.
      for (let i = members.length - 1; i >= 0; i--)
        stack.push({
          geometry: members[i],
          props,
          path: `${path}.geometries[${i}]`,
          featurePath: item.featurePath,
          index: i,
          depth: item.depth + 1,
        });
      return;
    }
    default:
      problem(ctx, 'error', `${path}.type`, lt(`Ukendt geometritype "${type}".`, `Unknown geometry type "${type}".`));
  }
}

function detectUtm(root: Json): boolean {
  const crs = root.crs;
  if (!isObject(crs) || !isObject(crs.properties)) return false;
  return /(EPSG:*:?25832|25832)$/i.test(String(crs.properties.name ?? ''));
}

/** The geometries of a FeatureCollection, a Feature or a bare geometry, in file order. */
function topLevel(ctx: Context, root: Json): { items: Pending[]; featureCount: number } {
  const item = (geometry: unknown, props: unknown, path: string, featurePath: string, index: number): Pending => ({
    geometry: geometry ?? null,
    props: isObject(props) ? props : {},
    path,
    featurePath,
    index,
    depth: 0,
  });
  if (root.type === 'Feature')
    return { items: [item(root.geometry, root.properties, 'geometry', '', 0)], featureCount: 1 };
  if (root.type !== 'FeatureCollection') return { items: [item(root, {}, '', '', 0)], featureCount: 1 };
  if (!Array.isArray(root.features)) {
    problem(ctx, 'error', 'features', lt('"features" skal være en liste.', '"features" must be a list.'));
    return { items: [], featureCount: 0 };
  }
  if (root.features.length > IMPORT_LIMITS.maxObjects) {
    problem(
      ctx,
      'error',
      'features',
      lt(
        `Filen har ${root.features.length} objekter; grænsen er ${IMPORT_LIMITS.maxObjects}.`,
        `The file has ${root.features.length} features; the limit is ${IMPORT_LIMITS.maxObjects}.`,
      ),
      lt('Del filen op.', 'Split the file.'),
    );
    return { items: [], featureCount: root.features.length };
  }
  const items: Pending[] = [];
  root.features.forEach((f, i) => {
    if (!isObject(f) || f.type !== 'Feature')
      problem(ctx, 'error', `features[${i}]`, lt('Forventede et Feature-objekt.', 'Expected a Feature object.'));
    else items.push(item(f.geometry, f.properties, `features[${i}].geometry`, `features[${i}]`, i));
  });
  return { items, featureCount: root.features.length };
}

/**
 * Imports a GeoJSON text (FeatureCollection, Feature or bare geometry; RFC 7946, or the legacy `crs` member
 * naming EPSG:25832). Points become sites, lines corridors, polygons areas; every object is checked against the
 * project schema. Returns located problems instead of throwing; nothing is returned partially.
 */
export function importGeoJson(
  text: string,
  options: ImportOptions = {},
): Result<{ data: ImportedData; summary: ImportSummary }> {
  const ctx = newContext(options.file);
  let root: unknown;
  try {
    root = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    const empty = text.trim() === '';
    problem(
      ctx,
      'error',
      '',
      empty
        ? lt('Filen er tom.', 'The file is empty.')
        : prefixed(lt('Filen er ikke gyldig JSON', 'The file is not valid JSON'), jsonSyntaxReason(error, text)),
    );
    return { ok: false, problems: ctx.problems };
  }
  if (!isObject(root) || typeof root.type !== 'string') {
    problem(
      ctx,
      'error',
      '',
      lt('Filen er ikke GeoJSON (mangler "type").', 'The file is not GeoJSON (missing "type").'),
    );
    return { ok: false, problems: ctx.problems };
  }
  ctx.utm = detectUtm(root);
  const out: ImportedData = { sites: [], areas: [], corridors: [] };
  const counts: Record<string, number> = {};
  const { items, featureCount } = topLevel(ctx, root);
  const stack = items.reverse();
  while (stack.length > 0 && !ctx.stopped) readGeometry(ctx, out, counts, stack.pop() as Pending, options, stack);
  if (ctx.problems.length > 0) return { ok: false, problems: [...ctx.problems, ...ctx.warnings] };
  const positions = collectPositions(out);
  const outside = positions.filter((p) => !inDenmark(p));
  if (outside.length > 0) {
    const swapped = outside.some(([x, y]) => inDenmark([y, x]));
    problem(
      ctx,
      'warning',
      '',
      lt(
        `${outside.length} position(er) ligger uden for Danmark.`,
        `${outside.length} position(s) lie outside Denmark.`,
      ),
      swapped
        ? lt(
            'Koordinaterne ser ombyttede ud (bredde, længde); GeoJSON bruger [længde, bredde].',
            'The coordinates look swapped (lat, lon); GeoJSON uses [lon, lat].',
          )
        : undefined,
    );
  }
  const summary: ImportSummary = {
    format: 'geojson',
    crs: ctx.utm ? 'EPSG:25832' : 'EPSG:4326',
    featureCount,
    byGeometry: counts,
    bboxWgs84: bboxOf(positions),
  };
  return { ok: true, value: { data: out, summary }, warnings: ctx.warnings };
}
