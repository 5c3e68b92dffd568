// The one module in core/ that touches the geotiff package. It reads through a ByteSource (never URLs, files or
// Blobs), so nothing here needs Node or the DOM; geotiff's own typings mention DOM types only for its other entry
// points.
import { GeoTIFF } from 'geotiff';
import { installBoundedGeoTiffDecoders } from '../io/geotiff-decoders';
import { lt, type LocalizedText } from '../i18n/localized';
import { geotiffReason } from '../i18n/parser-messages';
import type { Problem, Result } from '../project/problem';
import { geotiffSource, type ByteSource } from './byte-source';
import type { DemCrs } from './dem';

/** Default memory budget of a model: 16 million pixels, i.e. 64 MB of Float32 heights (100 km² at 2.5 m). */
export const DEFAULT_MAX_DEM_PIXELS = 16_000_000;
/**
 * Most pixels decoded from one file (1 GB as Float32): a header declaring more (e.g. 10⁶ × 10⁶) is refused at
 * once with a located problem instead of decoding for hours. Windows cut to an area count, not the whole file.
 */
export const MAX_DECODE_PIXELS = 256_000_000;
/** Pixels per decoded chunk of rows (16 MB as Float32): bounds the memory of a read, whatever the file's size. */
const CHUNK_PIXELS = 4_000_000;

const TAG_MODEL_PIXEL_SCALE = 33550;
const TAG_MODEL_TIEPOINT = 33922;
const TAG_MODEL_TRANSFORMATION = 34264;
const RASTER_PIXEL_IS_POINT = 2;

/** Hint for files in another CRS. */
export const REPROJECT_HINT = lt(
  'Omprojicér filen til EPSG:25832, fx: gdalwarp -t_srs EPSG:25832 ind.tif ud.tif',
  'Reproject the file to EPSG:25832, e.g.: gdalwarp -t_srs EPSG:25832 in.tif out.tif',
);

interface BandImage {
  getWidth(): number;
  getHeight(): number;
  getTileHeight(): number;
  getSamplesPerPixel(): number;
  getGDALNoData(): number | null;
  readRasters(options: { window: number[]; samples: number[]; interleave: true }): Promise<ArrayLike<number>>;
}

/** An opened elevation GeoTIFF: its header, checked, and a handle for windowed reads. */
export interface ElevationFile {
  /** Path for problem locations and the DTM/DSM guess. */
  file: string;
  crs: DemCrs;
  width: number;
  height: number;
  /** North-west corner and pixel size in the file's CRS (m or °). */
  originX: number;
  originY: number;
  pixelSizeX: number;
  pixelSizeY: number;
  noData: number | null;
  bands: number;
  image: BandImage;
}

/** A located error problem about `file`. */
export function fileProblem(file: string, message: LocalizedText, hint?: LocalizedText, path = ''): Problem {
  return { severity: 'error', path, file, message, ...(hint ? { hint } : {}) };
}

/**
 * Opens band 1 of a GeoTIFF elevation file and checks its header before any pixel is decoded: size, sample
 * type, CRS (EPSG:25832 — ProjectedCSTypeGeoKey 25832 — or WGS84, GeographicTypeGeoKey 4326), a north-up
 * georeferencing, and that an uncompressed file holds the bytes it declares. Danmarks Højdemodel DTM/DSM tiles
 * (Dataforsyningen) are Float32 GeoTIFFs in EPSG:25832 at 0.4 m, 1 km × 1 km (2500 × 2500 px).
 */
export async function openElevationFile(
  source: ByteSource,
  file: string,
  options: { requireGeoreference?: boolean } = {},
): Promise<Result<ElevationFile>> {
  const requireGeoreference = options.requireGeoreference ?? true;
  const fail = (message: LocalizedText, hint?: LocalizedText, path = ''): Result<ElevationFile> => ({
    ok: false,
    problems: [fileProblem(file, message, hint, path)],
  });
  installBoundedGeoTiffDecoders();
  try {
    if (source.size < 8)
      return fail(lt('Filen er for kort til at være en GeoTIFF.', 'The file is too short to be a GeoTIFF.'));
    const tiff = await GeoTIFF.fromSource(geotiffSource(source) as never);
    const image = await tiff.getImage(0);
    const width = image.getWidth();
    const height = image.getHeight();
    if (!(Number.isSafeInteger(width) && Number.isSafeInteger(height) && width > 0 && height > 0))
      return fail(
        lt(
          `Rasteret har ugyldig størrelse ${width} × ${height}.`,
          `The raster has an invalid size ${width} × ${height}.`,
        ),
        undefined,
        'ImageWidth',
      );
    const format = image.getSampleFormat();
    const bits = image.getBitsPerSample();
    if (![1, 2, 3].includes(format) || ![8, 16, 32, 64].includes(bits) || (format === 3 && bits < 32))
      return fail(
        lt(
          `Pixeltypen (SampleFormat ${format}, ${bits} bit) er ikke en højde.`,
          `The pixel type (SampleFormat ${format}, ${bits} bit) is not a height.`,
        ),
        lt(
          'Gem højderne som Float32, fx: gdal_translate -ot Float32 ind.tif ud.tif',
          'Store the heights as Float32, e.g.: gdal_translate -ot Float32 in.tif out.tif',
        ),
        'SampleFormat',
      );
    const directory = image.getFileDirectory();
    const compression = Number(directory.getValue('Compression') ?? 1);
    const declaredBytes = width * height * image.getBytesPerPixel();
    if (compression === 1 && declaredBytes > source.size)
      return fail(
        lt(
          `Filen erklærer ${width} × ${height} px ukomprimeret (${declaredBytes.toLocaleString('en')} byte), men er kun ${source.size.toLocaleString('en')} byte: den er afkortet eller beskadiget.`,
          `The file declares ${width} × ${height} px uncompressed (${declaredBytes.toLocaleString('en')} bytes) but holds only ${source.size.toLocaleString('en')} bytes: it is truncated or damaged.`,
        ),
        lt('Hent filen igen.', 'Download the file again.'),
        'ImageWidth',
      );
    const geoKeys = image.getGeoKeys() as GeoKeys;
    let crs = crsOf(geoKeys);
    // A VRT's tiles are placed by the VRT: their own CRS (if declared) must agree, their georeferencing is unused.
    if (
      !requireGeoreference &&
      !crs.ok &&
      geoKeys?.ProjectedCSTypeGeoKey === undefined &&
      geoKeys?.GeographicTypeGeoKey === undefined
    )
      crs = { ok: true, value: 'EPSG:25832' };
    if (!crs.ok) return fail(crs.message, REPROJECT_HINT, 'GeoKeyDirectory');
    let grid = await georeferencing(
      (tag) => (directory.hasTag(tag) ? directory.loadValue(tag) : Promise.resolve(undefined)),
      geoKeys?.GTRasterTypeGeoKey === RASTER_PIXEL_IS_POINT,
    );
    if ('message' in grid && !requireGeoreference)
      grid = { originX: NaN, originY: NaN, pixelSizeX: NaN, pixelSizeY: NaN };
    if ('message' in grid) return fail(grid.message, grid.hint, grid.path);
    if (crs.value === 'EPSG:4326' && !plausibleDegrees(grid, width, height))
      return fail(
        lt(
          'Filen siger WGS84, men koordinaterne ligger uden for ±180°/±90°.',
          'The file says WGS84, but its coordinates lie outside ±180°/±90°.',
        ),
        REPROJECT_HINT,
        'ModelTiepoint',
      );
    return {
      ok: true,
      value: {
        file,
        crs: crs.value,
        width,
        height,
        ...grid,
        noData: image.getGDALNoData(),
        bands: image.getSamplesPerPixel(),
        image: image as unknown as BandImage,
      },
      warnings: [],
    };
  } catch (error) {
    return fail(...unreadable(error));
  }
}

/** The problem text for bytes geotiff.js cannot decode. */
export function unreadable(error: unknown): [LocalizedText, LocalizedText] {
  const reason = geotiffReason(error);
  return [
    lt(`Filen kan ikke læses som GeoTIFF: ${reason.da}.`, `The file cannot be read as a GeoTIFF: ${reason.en}.`),
    lt('Kontrollér at filen er en hel, ukorrupt GeoTIFF.', 'Check that the file is a complete, uncorrupted GeoTIFF.'),
  ];
}

/** Pixel window [col0, row0, col1, row1) of a file (end-exclusive). */
export type PixelWindow = [number, number, number, number];

/**
 * Decodes band 1 over a pixel window in chunks of whole internal strips/tiles (≤ 4 M px each) and hands each
 * chunk to `onChunk` as Float64 heights with NoData and non-finite values as NaN: memory stays at one chunk,
 * whatever the file's size. Refuses windows over MAX_DECODE_PIXELS with a located problem. `shouldCancel` is
 * checked between chunks (returns 'cancelled').
 */
export async function readFileWindow(
  f: ElevationFile,
  window: PixelWindow,
  onChunk: (values: Float64Array, row0: number, rows: number, col0: number, cols: number) => void,
  shouldCancel?: () => boolean,
): Promise<Problem | 'cancelled' | null> {
  const [c0, r0, c1, r1] = window;
  const cols = c1 - c0;
  const pixels = cols * (r1 - r0);
  if (pixels > MAX_DECODE_PIXELS)
    return fileProblem(
      f.file,
      lt(
        `Udsnittet er ${cols.toLocaleString('en')} × ${(r1 - r0).toLocaleString('en')} px af filens ${f.width.toLocaleString('en')} × ${f.height.toLocaleString('en')} px; højst ${MAX_DECODE_PIXELS.toLocaleString('en')} px læses fra én fil.`,
        `The window is ${cols.toLocaleString('en')} × ${(r1 - r0).toLocaleString('en')} px of the file's ${f.width.toLocaleString('en')} × ${f.height.toLocaleString('en')} px; at most ${MAX_DECODE_PIXELS.toLocaleString('en')} px are read from one file.`,
      ),
      lt(
        'Del filen i fliser, fx: gdal_retile.py -ps 2500 2500 -targetDir fliser ind.tif',
        'Split the file into tiles, e.g.: gdal_retile.py -ps 2500 2500 -targetDir tiles in.tif',
      ),
      'ImageWidth',
    );
  if (cols <= 0 || r1 <= r0) return null;
  const noData = f.noData;
  const noDataF32 = noData === null ? NaN : Math.fround(noData);
  const block = Math.max(1, f.image.getTileHeight());
  const rowsPerChunk = Math.max(block, Math.floor(CHUNK_PIXELS / cols / block) * block);
  const out = new Float64Array(Math.min(r1 - r0, rowsPerChunk) * cols);
  try {
    // Chunks start on block boundaries so each internal strip or tile is decoded once.
    for (let y = r0; y < r1;) {
      if (shouldCancel?.()) return 'cancelled';
      const y1 = Math.min(r1, (Math.floor(y / block) + 1) * block + rowsPerChunk - block);
      const raw = await f.image.readRasters({ window: [c0, y, c1, y1], samples: [0], interleave: true });
      const n = (y1 - y) * cols;
      for (let i = 0; i < n; i++) {
        const v = raw[i] as number;
        out[i] = !Number.isFinite(v) || v === noData || v === noDataF32 ? NaN : v;
      }
      onChunk(out.subarray(0, n), y, y1 - y, c0, cols);
      y = y1;
    }
  } catch (error) {
    return fileProblem(f.file, ...unreadable(error));
  }
  return null;
}

type GeoKeys = Partial<Record<string, unknown>> | null;

function crsOf(geoKeys: GeoKeys): { ok: true; value: DemCrs } | { ok: false; message: LocalizedText } {
  if (!geoKeys)
    return {
      ok: false,
      message: lt(
        'Filen har ingen GeoTIFF-georeference (GeoKeys).',
        'The file has no GeoTIFF georeferencing (GeoKeys).',
      ),
    };
  const projected = geoKeys.ProjectedCSTypeGeoKey;
  const geographic = geoKeys.GeographicTypeGeoKey;
  if (projected === 25832) return { ok: true, value: 'EPSG:25832' };
  if (projected === undefined && geographic === 4326 && geoKeys.GTModelTypeGeoKey !== 1)
    return { ok: true, value: 'EPSG:4326' };
  const found =
    projected === 32767 || (projected === undefined && geographic === 32767)
      ? 'user-defined'
      : projected !== undefined
        ? `EPSG:${String(projected)}`
        : geographic !== undefined
          ? `EPSG:${String(geographic)}`
          : 'none';
  return {
    ok: false,
    message: lt(
      `Koordinatsystemet er ${found === 'none' ? 'ikke angivet' : found}; kun EPSG:25832 og EPSG:4326 kan bruges.`,
      `The coordinate system is ${found === 'none' ? 'not declared' : found}; only EPSG:25832 and EPSG:4326 are supported.`,
    ),
  };
}

type Located = { message: LocalizedText; hint?: LocalizedText; path: string };
type Georef = Pick<ElevationFile, 'originX' | 'originY' | 'pixelSizeX' | 'pixelSizeY'>;

async function georeferencing(tag: (id: number) => Promise<unknown>, pixelIsPoint: boolean): Promise<Georef | Located> {
  const numbers = (value: unknown): number[] | undefined =>
    value === undefined || value === null ? undefined : Array.from(value as ArrayLike<number>, Number);
  const transformation = numbers(await tag(TAG_MODEL_TRANSFORMATION));
  const scale = numbers(await tag(TAG_MODEL_PIXEL_SCALE));
  const tiepoint = numbers(await tag(TAG_MODEL_TIEPOINT));
  let originX: number;
  let originY: number;
  let pixelSizeX: number;
  let pixelSizeY: number;
  if (transformation) {
    const [a, b, , d, e, f, , h] = transformation as [number, number, number, number, number, number, number, number];
    if (transformation.length < 8 || Math.abs(b) > 1e-12 * Math.abs(a) || Math.abs(e) > 1e-12 * Math.abs(f))
      return {
        path: 'ModelTransformation',
        message: lt(
          'Rasteret er roteret eller skævt; kun nordvendte rastre kan bruges.',
          'The raster is rotated or skewed; only north-up rasters are supported.',
        ),
        hint: lt(
          'Omsampl det nordvendt: gdalwarp -t_srs EPSG:25832 ind.tif ud.tif',
          'Resample it north-up: gdalwarp -t_srs EPSG:25832 in.tif out.tif',
        ),
      };
    [originX, originY, pixelSizeX, pixelSizeY] = [d, h, a, -f];
  } else if (scale && tiepoint && tiepoint.length >= 6) {
    if (tiepoint.length > 6)
      return {
        path: 'ModelTiepoint',
        message: lt(
          'Rasteret er georefereret med flere kontrolpunkter (ikke et regulært gitter).',
          'The raster is georeferenced by several tie points (not a regular grid).',
        ),
        hint: REPROJECT_HINT,
      };
    const [i, j, , x, y] = tiepoint as [number, number, number, number, number];
    [pixelSizeX, pixelSizeY] = [scale[0] ?? NaN, scale[1] ?? NaN];
    originX = x - i * pixelSizeX;
    originY = y + j * pixelSizeY;
  } else {
    return {
      path: 'ModelTiepoint',
      message: lt(
        'Filen mangler ModelTiepoint/ModelPixelScale, så dens placering er ukendt.',
        'The file lacks ModelTiepoint/ModelPixelScale, so its location is unknown.',
      ),
      hint: REPROJECT_HINT,
    };
  }
  if (!(pixelSizeX > 0 && pixelSizeY > 0 && Number.isFinite(pixelSizeX) && Number.isFinite(pixelSizeY)))
    return {
      path: transformation ? 'ModelTransformation' : 'ModelPixelScale',
      message: lt(
        `Pixelstørrelsen ${pixelSizeX} × ${pixelSizeY} er ugyldig (rasteret skal være nordvendt med positive pixelstørrelser).`,
        `The pixel size ${pixelSizeX} × ${pixelSizeY} is invalid (the raster must be north-up with positive pixel sizes).`,
      ),
      hint: REPROJECT_HINT,
    };
  if (!(Number.isFinite(originX) && Number.isFinite(originY)))
    return {
      path: 'ModelTiepoint',
      message: lt('Rasterets origo er ikke et tal.', "The raster's origin is not a number."),
    };
  // PixelIsPoint: the tie point is the centre of pixel (0, 0), not its corner.
  if (pixelIsPoint) [originX, originY] = [originX - pixelSizeX / 2, originY + pixelSizeY / 2];
  return { originX, originY, pixelSizeX, pixelSizeY };
}

function plausibleDegrees(g: Georef, width: number, height: number): boolean {
  return (
    g.originX >= -180 &&
    g.originX + width * g.pixelSizeX <= 180.000001 &&
    g.originY <= 90.000001 &&
    g.originY - height * g.pixelSizeY >= -90.000001
  );
}
