import { unzipSync } from 'fflate';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { lt } from '../i18n/localized';
import { prefixed, unzipReason, xmlSyntaxReason } from '../i18n/parser-messages';
import type { Problem, Result } from '../project/problem';
import { importGeoJson } from './geojson-import';
import type { ImportOptions, ImportSummary, ImportedData } from './imported';
import { decodeText } from './text-decode';

type Node = Record<string, unknown>;
type KmlResult = Result<{ data: ImportedData; summary: ImportSummary }>;

const GEOMETRY_TAGS = ['Point', 'LineString', 'LinearRing', 'Polygon', 'MultiGeometry'] as const;
const asArray = (v: unknown): unknown[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Parses a KML `coordinates` text ("lon,lat[,alt] …") into positions; NaN marks bad tuples. */
function coords(node: unknown): number[][] {
  const text = isNode(node) ? String(node['#text'] ?? '') : String(node ?? '');
  return text
    .trim()
    .split(/\s+/)
    .filter((t) => t !== '')
    .map((tuple) => tuple.split(',').map(Number));
}

function ring(boundary: unknown): number[][] {
  const linear = isNode(boundary) ? boundary.LinearRing : undefined;
  return coords(isNode(linear) ? linear.coordinates : undefined);
}

/** Converts one KML geometry element to a GeoJSON geometry object. */
function geometry(tag: string, node: unknown): object | null {
  if (!isNode(node)) return null;
  switch (tag) {
    case 'Point':
      return { type: 'Point', coordinates: coords(node.coordinates)[0] ?? [] };
    case 'LineString':
      return { type: 'LineString', coordinates: coords(node.coordinates) };
    case 'LinearRing':
      return { type: 'Polygon', coordinates: [coords(node.coordinates)] };
    case 'Polygon':
      return { type: 'Polygon', coordinates: [ring(node.outerBoundaryIs), ...asArray(node.innerBoundaryIs).map(ring)] };
    case 'MultiGeometry': {
      const members: object[] = [];
      for (const t of GEOMETRY_TAGS) for (const child of asArray(node[t])) members.push(geometry(t, child) ?? {});
      return { type: 'GeometryCollection', geometries: members };
    }
    default:
      return null;
  }
}

function collectPlacemarks(node: unknown, out: Node[]): void {
  if (!isNode(node)) return;
  for (const placemark of asArray(node.Placemark)) if (isNode(placemark)) out.push(placemark);
  for (const key of ['kml', 'Document', 'Folder'])
    for (const child of asArray(node[key])) collectPlacemarks(child, out);
}

/**
 * Imports KML 2.2 (Google Earth): Placemarks with Point, LineString, Polygon or MultiGeometry,
 * in any Document/Folder nesting. Geometry checks are those of the GeoJSON importer; problems
 * are located as `Placemark[i]`.
 */
export function importKml(text: string, options: ImportOptions = {}): KmlResult {
  const fail = (message: Problem['message'], line?: number): KmlResult => {
    const p: Problem = { severity: 'error', path: '', message };
    if (options.file !== undefined) p.file = options.file;
    if (line !== undefined) p.line = line;
    return { ok: false, problems: [p] };
  };
  if (text.trim() === '') return fail(lt('Filen er tom.', 'The file is empty.'));
  const valid = XMLValidator.validate(text);
  if (valid !== true)
    return fail(
      prefixed(
        lt('Filen er ikke gyldig XML', 'The file is not valid XML'),
        xmlSyntaxReason(valid.err.code, valid.err.msg),
      ),
      valid.err.line,
    );
  let root: Node;
  try {
    root = new XMLParser({ ignoreAttributes: true, removeNSPrefix: true, parseTagValue: false }).parse(text) as Node;
  } catch (error) {
    return fail(
      prefixed(lt('Filen er ikke gyldig XML', 'The file is not valid XML'), xmlSyntaxReason(undefined, String(error))),
    );
  }
  if (!isNode(root.kml))
    return fail(lt('Filen er ikke KML (mangler <kml>).', 'The file is not KML (no <kml> element).'));
  const placemarks: Node[] = [];
  collectPlacemarks(root, placemarks);
  const features = placemarks.map((p) => {
    const tag = GEOMETRY_TAGS.find((t) => p[t] !== undefined);
    const props: Record<string, unknown> = {};
    if (typeof p.name === 'string' || typeof p.name === 'number') props.name = String(p.name);
    return { type: 'Feature', properties: props, geometry: tag ? geometry(tag, p[tag]) : null };
  });
  const result = importGeoJson(JSON.stringify({ type: 'FeatureCollection', features }), options);
  const relocate = (problem: Problem): Problem => ({
    ...problem,
    path: problem.path.replace(/^features\[(\d+)\]\.geometry/, 'Placemark[$1]'),
  });
  if (!result.ok) return { ok: false, problems: result.problems.map(relocate) };
  return {
    ok: true,
    value: { data: result.value.data, summary: { ...result.value.summary, format: 'kml' } },
    warnings: result.warnings.map(relocate),
  };
}

/** Imports a KMZ (zipped KML): reads doc.kml, or the first .kml file in the archive. */
export function importKmz(bytes: Uint8Array, options: ImportOptions = {}): KmlResult {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes);
  } catch {
    const p: Problem = {
      severity: 'error',
      path: '',
      message: prefixed(lt('KMZ-filen kan ikke pakkes ud', 'The KMZ file cannot be unpacked'), unzipReason()),
    };
    if (options.file !== undefined) p.file = options.file;
    return { ok: false, problems: [p] };
  }
  const name =
    Object.keys(files).find((n) => n.toLowerCase() === 'doc.kml') ??
    Object.keys(files).find((n) => n.toLowerCase().endsWith('.kml'));
  if (!name) {
    const p: Problem = {
      severity: 'error',
      path: '',
      message: lt('KMZ-filen indeholder ingen KML-fil.', 'The KMZ file holds no KML file.'),
    };
    if (options.file !== undefined) p.file = options.file;
    return { ok: false, problems: [p] };
  }
  return importKml(decodeText(files[name] as Uint8Array).text, options);
}
