import { lt } from '../i18n/localized';
import {
  areaSchema,
  corridorSchema,
  siteSchema,
  type Area,
  type Corridor,
  type Position,
  type Site,
} from '../project/schema';
import { problem, type Context } from './geojson-readers';
import type { ImportOptions, ImportedData } from './imported';
import { schemaProblems } from './schema-check';

type Json = Record<string, unknown>;

/** Where an object read from GeoJSON (or KML converted to it) came from, to locate its problems. */
export interface ObjectSource {
  ctx: Context;
  props: Json;
  /** e.g. `features[3]` ('' for a bare geometry). */
  featurePath: string;
  /** e.g. `features[3].geometry.coordinates`. */
  geometryPath: string;
}

/** Longest object name the project keeps, in characters. */
const MAX_NAME = 200;

const propertyPath = (source: ObjectSource, key: string) =>
  source.featurePath ? `${source.featurePath}.properties.${key}` : `properties.${key}`;

/** The feature's name (first of the usual keys), shortened with a warning when longer than the project allows. */
function nameOf(source: ObjectSource, fallback: string): string {
  for (const key of ['name', 'navn', 'Name', 'NAVN', 'title', 'label']) {
    const v = source.props[key];
    if (typeof v !== 'string' || !v.trim()) continue;
    const name = v.trim();
    if (name.length > MAX_NAME)
      problem(
        source.ctx,
        'warning',
        propertyPath(source, key),
        lt(`Navnet er forkortet til ${MAX_NAME} tegn.`, `The name was shortened to ${MAX_NAME} characters.`),
      );
    return name.slice(0, MAX_NAME);
  }
  return fallback;
}

/** A numeric property: the fallback when absent, else the number; anything else is a located problem and null (never a silent default). */
function numberProp(source: ObjectSource, key: string, fallback: number): number | null {
  const v = source.props[key];
  if (v === undefined || v === null) return fallback;
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  problem(
    source.ctx,
    'error',
    propertyPath(source, key),
    lt(
      `Skal være et tal, men er ${JSON.stringify(v).slice(0, 40)}.`,
      `Must be a number, but is ${JSON.stringify(v).slice(0, 40)}.`,
    ),
  );
  return null;
}

/** Adds `value` to `list` when it passes the project schema; otherwise its fields become located problems. */
function keepIfValid<T>(
  source: ObjectSource,
  schema: typeof siteSchema | typeof areaSchema | typeof corridorSchema,
  value: T,
  list: T[],
): void {
  const problems = schemaProblems(
    schema,
    value,
    (field) => ({
      path: ['lon', 'lat', 'coordinates', 'geometry'].some(
        (g) => field === g || field.startsWith(`${g}.`) || field.startsWith(`${g}[`),
      )
        ? source.geometryPath
        : propertyPath(source, field),
    }),
    source.ctx.file,
  );
  if (problems.length === 0) list.push(value);
  else source.ctx.problems.push(...problems);
}

/** Builds a site from a point (properties: name, antennaHeightM) and keeps it when it is valid. */
export function checkedSite(
  source: ObjectSource,
  out: ImportedData,
  id: string,
  fallbackName: string,
  [lon, lat]: Position,
  suffix?: number,
): void {
  const name = nameOf(source, fallbackName);
  const antennaHeightM = numberProp(source, 'antennaHeightM', 25);
  if (antennaHeightM === null) return;
  const site: Site = {
    id,
    name: suffix === undefined ? name : `${name} ${suffix}`.slice(0, MAX_NAME),
    kind: 'other',
    lon,
    lat,
    antennaHeightM,
    environment: 'RMa',
    cells: [],
    notes: '',
  };
  keepIfValid(source, siteSchema, site, out.sites);
}

/** Builds a corridor from a line (properties: name, widthM, altitudeM) and keeps it when it is valid. */
export function checkedCorridor(
  source: ObjectSource,
  out: ImportedData,
  id: string,
  fallbackName: string,
  coordinates: Position[],
  options: ImportOptions,
  suffix?: number,
): void {
  const name = nameOf(source, fallbackName);
  const widthM = numberProp(source, 'widthM', options.corridorWidthM ?? 200);
  const altitudeM = numberProp(source, 'altitudeM', options.corridorAltitudeM ?? 100);
  if (widthM === null || altitudeM === null) return;
  const corridor: Corridor = {
    id,
    name: suffix === undefined ? name : `${name} ${suffix}`.slice(0, MAX_NAME),
    coordinates,
    widthM,
    altitudeM,
    notes: '',
  };
  keepIfValid(source, corridorSchema, corridor, out.corridors);
}

/** Builds an area from polygons and keeps it when it is valid. */
export function checkedArea(
  source: ObjectSource,
  out: ImportedData,
  id: string,
  fallbackName: string,
  geometry: Area['geometry'],
  kind: Area['kind'],
): void {
  const area: Area = { id, name: nameOf(source, fallbackName), kind, geometry, notes: '' };
  keepIfValid(source, areaSchema, area, out.areas);
}
