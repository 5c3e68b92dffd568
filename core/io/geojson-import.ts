import { lt } from '../i18n/localized';
import { jsonSyntaxReason, prefixed } from '../i18n/parser-messages';
import type { Result } from '../project/problem';
import { areaKindSchema, type Area, type Corridor, type Position, type Site } from '../project/schema';
import {
  bboxOf,
  collectPositions,
  inDenmark,
  type ImportOptions,
  type ImportSummary,
  type ImportedData,
} from './imported';
import { problem, readLine, readPolygon, readPosition, type Context } from './geojson-readers';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

function nameOf(props: Json, fallback: string): string {
  for (const key of ['name', 'navn', 'Name', 'NAVN', 'title', 'label']) {
    const v = props[key];
    if (typeof v === 'string' && v.trim()) return v.trim().slice(0, 200);
  }
  return fallback;
}

const numberProp = (props: Json, key: string, fallback: number) =>
  typeof props[key] === 'number' && Number.isFinite(props[key]) ? (props[key] as number) : fallback;

function addGeometry(
  ctx: Context,
  out: ImportedData,
  counts: Record<string, number>,
  geometry: unknown,
  props: Json,
  path: string,
  options: ImportOptions,
  index: number,
): void {
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
  const name = nameOf(props, `${type} ${index + 1}`);
  switch (type) {
    case 'Point': {
      const p = readPosition(ctx, coords, cpath);
      if (p) out.sites.push(site(makeId('site', out.sites.length), name, p, props));
      return;
    }
    case 'MultiPoint':
      (Array.isArray(coords) ? coords : []).forEach((c, i) => {
        const p = readPosition(ctx, c, `${cpath}[${i}]`);
        if (p) out.sites.push(site(makeId('site', out.sites.length), `${name} ${i + 1}`, p, props));
      });
      return;
    case 'LineString':
    case 'MultiLineString': {
      const lines = type === 'LineString' ? [coords] : Array.isArray(coords) ? coords : [];
      lines.forEach((l, i) => {
        const line = readLine(ctx, l, type === 'LineString' ? cpath : `${cpath}[${i}]`, 2);
        if (line)
          out.corridors.push(
            corridor(
              makeId('corridor', out.corridors.length),
              lines.length > 1 ? `${name} ${i + 1}` : name,
              line,
              props,
              options,
            ),
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
      out.areas.push({
        id: makeId('area', out.areas.length),
        name,
        kind: kind.success ? kind.data : (options.areaKind ?? 'interest'),
        geometry: geometryOut,
        notes: '',
      });
      return;
    }
    case 'GeometryCollection': {
      const members = Array.isArray(geometry.geometries) ? geometry.geometries : [];
      members.forEach((g, i) => addGeometry(ctx, out, counts, g, props, `${path}.geometries[${i}]`, options, i));
      return;
    }
    default:
      problem(ctx, 'error', `${path}.type`, lt(`Ukendt geometritype "${type}".`, `Unknown geometry type "${type}".`));
  }
}

function site(id: string, name: string, [lon, lat]: Position, props: Json): Site {
  return {
    id,
    name,
    kind: 'other',
    lon,
    lat,
    antennaHeightM: numberProp(props, 'antennaHeightM', 25),
    environment: 'RMa',
    cells: [],
    notes: '',
  };
}

function corridor(id: string, name: string, coordinates: Position[], props: Json, options: ImportOptions): Corridor {
  return {
    id,
    name,
    coordinates,
    widthM: numberProp(props, 'widthM', options.corridorWidthM ?? 200),
    altitudeM: numberProp(props, 'altitudeM', options.corridorAltitudeM ?? 100),
    notes: '',
  };
}

function detectUtm(root: Json): boolean {
  const crs = root.crs;
  if (!isObject(crs) || !isObject(crs.properties)) return false;
  return /(EPSG:*:?25832|25832)$/i.test(String(crs.properties.name ?? ''));
}

/**
 * Imports a GeoJSON text (FeatureCollection, Feature or bare geometry; RFC 7946, or the
 * legacy `crs` member naming EPSG:25832). Points become sites, lines corridors, polygons
 * areas. Returns located problems instead of throwing; nothing is returned partially.
 */
export function importGeoJson(
  text: string,
  options: ImportOptions = {},
): Result<{ data: ImportedData; summary: ImportSummary }> {
  const ctx: Context = { problems: [], warnings: [], file: options.file, utm: false, outsideDenmark: 0 };
  let root: unknown;
  try {
    root = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    problem(
      ctx,
      'error',
      '',
      text.trim() === ''
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
  let featureCount = 0;
  if (root.type === 'FeatureCollection') {
    if (!Array.isArray(root.features)) {
      problem(ctx, 'error', 'features', lt('"features" skal være en liste.', '"features" must be a list.'));
    } else {
      root.features.forEach((f, i) => {
        featureCount++;
        if (!isObject(f) || f.type !== 'Feature') {
          problem(ctx, 'error', `features[${i}]`, lt('Forventede et Feature-objekt.', 'Expected a Feature object.'));
          return;
        }
        addGeometry(
          ctx,
          out,
          counts,
          f.geometry ?? null,
          isObject(f.properties) ? f.properties : {},
          `features[${i}].geometry`,
          options,
          i,
        );
      });
    }
  } else if (root.type === 'Feature') {
    featureCount = 1;
    addGeometry(
      ctx,
      out,
      counts,
      root.geometry ?? null,
      isObject(root.properties) ? root.properties : {},
      'geometry',
      options,
      0,
    );
  } else {
    featureCount = 1;
    addGeometry(ctx, out, counts, root, {}, '', options, 0);
  }
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
  return {
    ok: true,
    value: {
      data: out,
      summary: {
        format: 'geojson',
        crs: ctx.utm ? 'EPSG:25832' : 'EPSG:4326',
        featureCount,
        byGeometry: counts,
        bboxWgs84: bboxOf(positions),
      },
    },
    warnings: ctx.warnings,
  };
}
