import { unzipSync } from 'fflate';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { lt } from '../i18n/localized';
import { prefixed, unzipReason, xmlSyntaxReason } from '../i18n/parser-messages';
import type { Problem, Result } from '../project/problem';
import { importGeoJson } from './geojson-import';
import type { ImportOptions, ImportSummary, ImportedData } from './imported';
import { IMPORT_LIMITS, megabytes } from './limits';
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

/** Converts one KML geometry element to a GeoJSON geometry object; MultiGeometry nesting is capped (C2). */
function geometry(tag: string, node: unknown, depth = 0): object | null {
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
      if (depth >= IMPORT_LIMITS.maxNestingDepth) throw new NestingError();
      const members: object[] = [];
      for (const t of GEOMETRY_TAGS)
        for (const child of asArray(node[t])) members.push(geometry(t, child, depth + 1) ?? {});
      return { type: 'GeometryCollection', geometries: members };
    }
    default:
      return null;
  }
}

class NestingError extends Error {}

/** Deepest element nesting the XML parser accepts (Document/Folder trees are far shallower). */
const MAX_XML_DEPTH = 100;

/** Placemarks of every Document/Folder, in file order, walked with an explicit stack (no recursion). */
function collectPlacemarks(root: unknown): Node[] {
  const out: Node[] = [];
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (!isNode(node)) continue;
    for (const placemark of asArray(node.Placemark)) if (isNode(placemark)) out.push(placemark);
    const children: unknown[] = [];
    for (const key of ['kml', 'Document', 'Folder']) for (const child of asArray(node[key])) children.push(child);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
    if (out.length > IMPORT_LIMITS.maxObjects) break;
  }
  return out;
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
    root = new XMLParser({
      ignoreAttributes: true,
      removeNSPrefix: true,
      parseTagValue: false,
      maxNestedTags: MAX_XML_DEPTH,
    }).parse(text) as Node;
  } catch (error) {
    if (/Maximum nested tags/.test((error as Error).message))
      return fail(
        lt(
          `Filens elementer er indlejret mere end ${MAX_XML_DEPTH} niveauer.`,
          `The file's elements are nested more than ${MAX_XML_DEPTH} levels deep.`,
        ),
      );
    return fail(
      prefixed(lt('Filen er ikke gyldig XML', 'The file is not valid XML'), xmlSyntaxReason(undefined, String(error))),
    );
  }
  if (!isNode(root.kml))
    return fail(lt('Filen er ikke KML (mangler <kml>).', 'The file is not KML (no <kml> element).'));
  const placemarks = collectPlacemarks(root);
  if (placemarks.length > IMPORT_LIMITS.maxObjects)
    return fail(
      lt(
        `Filen har mere end ${IMPORT_LIMITS.maxObjects} placemarks.`,
        `The file has more than ${IMPORT_LIMITS.maxObjects} placemarks.`,
      ),
    );
  let features: object[];
  try {
    features = placemarks.map((p) => {
      const tag = GEOMETRY_TAGS.find((t) => p[t] !== undefined);
      const props: Record<string, unknown> = {};
      if (typeof p.name === 'string' || typeof p.name === 'number') props.name = String(p.name);
      return { type: 'Feature', properties: props, geometry: tag ? geometry(tag, p[tag]) : null };
    });
  } catch (error) {
    if (!(error instanceof NestingError)) throw error;
    return fail(
      lt(
        `MultiGeometry er indlejret mere end ${IMPORT_LIMITS.maxNestingDepth} niveauer.`,
        `MultiGeometry is nested more than ${IMPORT_LIMITS.maxNestingDepth} levels deep.`,
      ),
    );
  }
  const result = importGeoJson(JSON.stringify({ type: 'FeatureCollection', features }), options);
  const relocate = (problem: Problem): Problem => ({
    ...problem,
    path: problem.path.replace(/^features\[(\d+)\](\.geometry)?/, 'Placemark[$1]'),
  });
  if (!result.ok) return { ok: false, problems: result.problems.map(relocate) };
  return {
    ok: true,
    value: { data: result.value.data, summary: { ...result.value.summary, format: 'kml' } },
    warnings: result.warnings.map(relocate),
  };
}

class ZipLimitError extends Error {}

/**
 * Imports a KMZ (zipped KML): reads doc.kml, or the first .kml file in the archive. Only .kml entries are
 * unpacked, and unpacking stops before it passes IMPORT_LIMITS.maxUnzippedBytes in total or an entry claims to
 * unpack to more than IMPORT_LIMITS.maxZipRatio times its packed size (a zip bomb); each entry is decoded into a
 * buffer of its declared size, so a lying header cannot unpack more.
 */
export function importKmz(bytes: Uint8Array, options: ImportOptions = {}): KmlResult {
  let files: Record<string, Uint8Array>;
  let total = 0;
  try {
    files = unzipSync(bytes, {
      filter: (entry) => {
        if (!entry.name.toLowerCase().endsWith('.kml')) return false;
        total += entry.originalSize;
        const ratio = entry.originalSize / Math.max(1, entry.size);
        if (total > IMPORT_LIMITS.maxUnzippedBytes || ratio > IMPORT_LIMITS.maxZipRatio)
          throw new ZipLimitError(
            `${entry.name}: ${megabytes(entry.originalSize)} MB from ${megabytes(entry.size)} MB`,
          );
        return true;
      },
    });
  } catch (error) {
    if (error instanceof ZipLimitError) {
      const p: Problem = {
        severity: 'error',
        path: '',
        message: lt(
          `KMZ-filen pakkes ud til mere end grænsen (${megabytes(IMPORT_LIMITS.maxUnzippedBytes)} MB i alt, højst ${IMPORT_LIMITS.maxZipRatio} gange den pakkede størrelse): ${error.message}.`,
          `The KMZ file unpacks to more than the limit (${megabytes(IMPORT_LIMITS.maxUnzippedBytes)} MB in total, at most ${IMPORT_LIMITS.maxZipRatio} times the packed size): ${error.message}.`,
        ),
        hint: lt(
          'Filen kan være en zip-bombe. Pak den ud og kontrollér den.',
          'The file may be a zip bomb. Unpack it and check it.',
        ),
      };
      if (options.file !== undefined) p.file = options.file;
      return { ok: false, problems: [p] };
    }
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
