import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { lt, type LocalizedText } from '../i18n/localized';
import type { Problem, Result } from '../project/problem';

/** [xOff, yOff, xSize, ySize] in pixels. */
export type VrtRect = [number, number, number, number];

/** One tile of a VRT mosaic: which file, which of its pixels, and where they go in the VRT's raster. */
export interface VrtSource {
  /** The file's path resolved against the VRT's folder ('/'-separated, '..' resolved). */
  path: string;
  /** Pixels read from the file; null = the whole file. */
  srcRect: VrtRect | null;
  /** Where they land in the VRT raster; null = the same as srcRect (or the whole file at 0, 0). */
  dstRect: VrtRect | null;
  /** ComplexSource NODATA (overrides the file's own), null if none. */
  noData: number | null;
  /** ComplexSource ScaleRatio / ScaleOffset: value · scale + offset. */
  scale: number;
  offset: number;
  /** 1-based line of the source element in the .vrt, for problems. */
  line: number;
}

/** A GDAL virtual raster (VRT) listing tiles: the layout of band 1. */
export interface VrtIndex {
  width: number;
  height: number;
  /** GDAL GeoTransform: x0, pixel width, row rotation, y0, column rotation, −pixel height. */
  geoTransform: [number, number, number, number, number, number];
  /** What <SRS> says; null when the VRT has none (then the tiles' own CRS is used). */
  crs: 'EPSG:25832' | 'other' | null;
  noData: number | null;
  sources: VrtSource[];
}

type Node = Record<string, unknown>;

const SOURCE_TAGS = ['SimpleSource', 'ComplexSource'] as const;

/**
 * Parses a GDAL VRT (gdalbuildvrt's output: VRTDataset with GeoTransform, SRS and VRTRasterBand 1 holding
 * SimpleSource/ComplexSource elements with SourceFilename relativeToVRT, SrcRect and DstRect). Anything it cannot
 * map onto a north-up mosaic of files is a located problem (the .vrt's name, the element and its line).
 */
export function parseVrt(text: string, vrtPath: string): Result<VrtIndex> {
  const problems: Problem[] = [];
  const fail = (message: LocalizedText, path = 'VRTDataset', line?: number, hint?: LocalizedText): Result<VrtIndex> => {
    problems.push({
      severity: 'error',
      path,
      file: vrtPath,
      message,
      ...(line === undefined ? {} : { line }),
      ...(hint ? { hint } : {}),
    });
    return { ok: false, problems };
  };
  const valid = XMLValidator.validate(text);
  if (valid !== true)
    return fail(
      lt(`Filen er ikke gyldig XML: ${valid.err.msg}`, `The file is not valid XML: ${valid.err.msg}`),
      '',
      valid.err.line,
    );
  let root: Node;
  try {
    root = new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: '@',
      parseTagValue: false,
      parseAttributeValue: false,
      isArray: (name) => name === 'VRTRasterBand' || (SOURCE_TAGS as readonly string[]).includes(name),
    }).parse(text) as Node;
  } catch (error) {
    return fail(
      lt(
        `Filen er ikke gyldig XML: ${(error as Error).message}`,
        `The file is not valid XML: ${(error as Error).message}`,
      ),
      '',
    );
  }
  const ds = root.VRTDataset as Node | undefined;
  if (!ds || typeof ds !== 'object')
    return fail(
      lt('Filen er ikke en GDAL VRT (mangler <VRTDataset>).', 'The file is not a GDAL VRT (no <VRTDataset>).'),
      '',
    );
  const width = Number(ds['@rasterXSize']);
  const height = Number(ds['@rasterYSize']);
  if (!(Number.isSafeInteger(width) && Number.isSafeInteger(height) && width > 0 && height > 0))
    return fail(
      lt('rasterXSize/rasterYSize mangler eller er ugyldige.', 'rasterXSize/rasterYSize are missing or invalid.'),
    );
  const gt = String(textOf(ds.GeoTransform) ?? '')
    .split(',')
    .map((s) => Number(s.trim()));
  if (gt.length !== 6 || gt.some((v) => !Number.isFinite(v)))
    return fail(
      lt('<GeoTransform> mangler eller har ikke seks tal.', '<GeoTransform> is missing or does not hold six numbers.'),
      'VRTDataset/GeoTransform',
      lineOf(text, '<GeoTransform'),
    );
  if (gt[2] !== 0 || gt[4] !== 0 || !((gt[1] as number) > 0) || !((gt[5] as number) < 0))
    return fail(
      lt('VRT-rasteret er roteret eller ikke nordvendt.', 'The VRT raster is rotated or not north-up.'),
      'VRTDataset/GeoTransform',
      lineOf(text, '<GeoTransform'),
      lt(
        'Byg den igen med gdalbuildvrt fra nordvendte fliser.',
        'Build it again with gdalbuildvrt from north-up tiles.',
      ),
    );
  const srs = textOf(ds.SRS);
  const crs = srs === undefined || srs.trim() === '' ? null : isUtm32(srs) ? 'EPSG:25832' : 'other';
  if (crs === 'other')
    return fail(
      lt(
        'VRT’ens koordinatsystem (<SRS>) er ikke EPSG:25832.',
        "The VRT's coordinate system (<SRS>) is not EPSG:25832.",
      ),
      'VRTDataset/SRS',
      lineOf(text, '<SRS'),
      lt('Omprojicér fliserne: gdalwarp -t_srs EPSG:25832', 'Reproject the tiles: gdalwarp -t_srs EPSG:25832'),
    );
  const bands = (ds.VRTRasterBand as Node[] | undefined) ?? [];
  const band = bands.find((b) => String(b['@band'] ?? '1') === '1') ?? bands[0];
  if (!band) return fail(lt('VRT’en har intet <VRTRasterBand>.', 'The VRT has no <VRTRasterBand>.'));
  const unsupported = Object.keys(band).find(
    (k) => /Source$/.test(k) && !(SOURCE_TAGS as readonly string[]).includes(k),
  );
  if (unsupported)
    return fail(
      lt(
        `<${unsupported}> understøttes ikke; kun SimpleSource og ComplexSource.`,
        `<${unsupported}> is not supported; only SimpleSource and ComplexSource.`,
      ),
      `VRTRasterBand/${unsupported}`,
      lineOf(text, `<${unsupported}`),
      lt('Byg VRT’en med gdalbuildvrt uden -r/-resolution-filtre.', 'Build the VRT with plain gdalbuildvrt.'),
    );
  const bandNoData = numberOrNull(textOf(band.NoDataValue));
  const dir = vrtPath.includes('/') ? vrtPath.slice(0, vrtPath.lastIndexOf('/') + 1) : '';
  const sources: VrtSource[] = [];
  let ordinal = 0;
  const lines = sourceLines(text);
  for (const tag of SOURCE_TAGS) {
    ((band[tag] as Node[] | undefined) ?? []).forEach((s, i) => {
      const line = lines[ordinal++] ?? 0;
      const where = `VRTRasterBand/${tag}[${i + 1}]`;
      const name = textOf(s.SourceFilename);
      if (!name) {
        problems.push(located(vrtPath, where, line, lt('<SourceFilename> mangler.', '<SourceFilename> is missing.')));
        return;
      }
      const fileNode = s.SourceFilename as Node | string;
      const relative = typeof fileNode === 'object' && String(fileNode['@relativeToVRT'] ?? '0') === '1';
      const sourceBand = Number(textOf(s.SourceBand) ?? '1');
      if (sourceBand !== 1)
        problems.push(
          located(
            vrtPath,
            `${where}/SourceBand`,
            line,
            lt(
              `Kilden bruger bånd ${sourceBand}; kun bånd 1 (højden) understøttes.`,
              `The source uses band ${sourceBand}; only band 1 (the height) is supported.`,
            ),
          ),
        );
      const src = rect(s.SrcRect);
      const dst = rect(s.DstRect);
      if (src === 'bad' || dst === 'bad') {
        problems.push(
          located(
            vrtPath,
            `${where}/${src === 'bad' ? 'SrcRect' : 'DstRect'}`,
            line,
            lt(
              'Rektanglet skal have xOff, yOff og positive xSize, ySize.',
              'The rectangle needs xOff, yOff and positive xSize, ySize.',
            ),
          ),
        );
        return;
      }
      sources.push({
        path: relative ? normalise(dir + name) : name.replace(/\\/g, '/'),
        srcRect: src,
        dstRect: dst,
        noData: numberOrNull(textOf(s.NODATA)) ?? bandNoData,
        scale: Number(textOf(s.ScaleRatio) ?? '1') || 1,
        offset: Number(textOf(s.ScaleOffset) ?? '0') || 0,
        line,
      });
    });
  }
  if (problems.length > 0) return { ok: false, problems };
  sources.sort((a, b) => a.line - b.line);
  if (sources.length === 0)
    return fail(
      lt('VRT’en lister ingen fliser.', 'The VRT lists no tiles.'),
      'VRTRasterBand',
      lineOf(text, '<VRTRasterBand'),
    );
  return {
    ok: true,
    value: { width, height, geoTransform: gt as VrtIndex['geoTransform'], crs, noData: bandNoData, sources },
    warnings: [],
  };
}

function located(file: string, path: string, line: number, message: LocalizedText): Problem {
  return { severity: 'error', path, file, line, message };
}

function textOf(node: unknown): string | undefined {
  if (node === undefined || node === null) return undefined;
  if (typeof node === 'string' || typeof node === 'number') return String(node);
  if (typeof node === 'object' && '#text' in (node as Node)) return String((node as Node)['#text']);
  return undefined;
}

function numberOrNull(text: string | undefined): number | null {
  if (text === undefined || text.trim() === '') return null;
  const v = Number(text.trim());
  return Number.isFinite(v) ? v : null;
}

function rect(node: unknown): VrtRect | null | 'bad' {
  if (node === undefined) return null;
  const n = node as Node;
  const values = ['@xOff', '@yOff', '@xSize', '@ySize'].map((k) => Number(n[k]));
  if (values.some((v) => !Number.isFinite(v)) || !((values[2] as number) > 0) || !((values[3] as number) > 0))
    return 'bad';
  return values as VrtRect;
}

/** True for an SRS text naming ETRS89 / UTM zone 32N (EPSG:25832) in WKT, PROJ or EPSG form. */
function isUtm32(srs: string): boolean {
  return /25832/.test(srs) || (/ETRS.?89/i.test(srs) && /UTM zone 32N/i.test(srs));
}

/** Resolves '.' and '..' in a '/'-separated path. */
function normalise(path: string): string {
  const out: string[] = [];
  for (const part of path.replace(/\\/g, '/').split('/')) {
    if (part === '.' || part === '') continue;
    if (part === '..' && out.length > 0 && out[out.length - 1] !== '..') out.pop();
    else out.push(part);
  }
  return out.join('/');
}

/** 1-based line numbers of the source elements, in document order of SimpleSource then ComplexSource. */
function sourceLines(text: string): number[] {
  const lines: number[] = [];
  for (const tag of SOURCE_TAGS) {
    const re = new RegExp(`<${tag}[\\s>]`, 'g');
    for (let m = re.exec(text); m; m = re.exec(text)) lines.push(lineAt(text, m.index));
  }
  return lines;
}

function lineOf(text: string, needle: string): number | undefined {
  const at = text.indexOf(needle);
  return at < 0 ? undefined : lineAt(text, at);
}

function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}
