// The one module in core/ that touches the geotiff package. It is fed bytes (never URLs, files or Blobs), so
// nothing here needs Node or the DOM; geotiff's own typings mention DOM types only for its other entry points.
import { fromArrayBuffer } from 'geotiff';
import { lt, type LocalizedText } from '../i18n/localized';
import { geotiffReason } from '../i18n/parser-messages';
import type { Problem, Result } from '../project/problem';
import type { Dem, DemCrs, DemGrid, DemKind } from './dem';

/** Default memory budget: 16 million pixels, i.e. 64 MB of Float32 heights (a 4 × 4 km area at 1 m). */
export const DEFAULT_MAX_DEM_PIXELS = 16_000_000;

export interface ReadElevationOptions {
  /** File name for problem locations and the DTM/DSM guess. */
  file?: string;
  /** Memory budget in pixels (4 bytes each); default DEFAULT_MAX_DEM_PIXELS. */
  maxPixels?: number;
  /**
   * What to do with a raster above the budget: 'downsample' (default) averages n×n blocks with the smallest
   * integer n that fits and reports n in a warning; 'refuse' returns a problem stating pixels and MB.
   */
  onTooLarge?: 'downsample' | 'refuse';
}

const TAG_MODEL_PIXEL_SCALE = 33550;
const TAG_MODEL_TIEPOINT = 33922;
const TAG_MODEL_TRANSFORMATION = 34264;
const RASTER_PIXEL_IS_POINT = 2;
const MB = 1024 * 1024;

const REPROJECT_HINT = lt(
  'Omprojicér filen til EPSG:25832, fx: gdalwarp -t_srs EPSG:25832 ind.tif ud.tif',
  'Reproject the file to EPSG:25832, e.g.: gdalwarp -t_srs EPSG:25832 in.tif out.tif',
);

/**
 * Reads band 1 of a GeoTIFF elevation model (any integer or float sample type) into a Dem: heights in m,
 * NoData → NaN. Accepts EPSG:25832 (ProjectedCSTypeGeoKey 25832) or WGS84 (GeographicTypeGeoKey 4326);
 * other CRSs, rotated/skewed or south-up transforms and undecodable bytes come back as located problems.
 * Danmarks Højdemodel DTM/DSM tiles (Dataforsyningen) are Float32 GeoTIFFs in EPSG:25832 at 0.4 m, 1 km ×
 * 1 km (2500 × 2500 px, 25 MB as Float32), and read as they are.
 */
export async function readElevationGeoTiff(
  bytes: Uint8Array,
  options: ReadElevationOptions = {},
): Promise<Result<Dem>> {
  const { file } = options;
  const problem = (message: LocalizedText, hint?: LocalizedText, path = ''): Result<Dem> => ({
    ok: false,
    problems: [
      { severity: 'error', path, ...(file === undefined ? {} : { file }), message, ...(hint ? { hint } : {}) },
    ],
  });
  try {
    const buffer = new Uint8Array(bytes).buffer;
    const tiff = await fromArrayBuffer(buffer);
    const image = await tiff.getImage(0);
    const width = image.getWidth();
    const height = image.getHeight();
    if (!(Number.isInteger(width) && Number.isInteger(height) && width > 0 && height > 0))
      return problem(
        lt(
          `Rasteret har ugyldig størrelse ${width} × ${height}.`,
          `The raster has an invalid size ${width} × ${height}.`,
        ),
      );

    const geoKeys = image.getGeoKeys();
    const crs = crsOf(geoKeys);
    if (!crs.ok) return problem(crs.message, REPROJECT_HINT, 'GeoKeyDirectory');

    const directory = image.getFileDirectory();
    const grid = await georeferencing(
      width,
      height,
      (tag) => (directory.hasTag(tag) ? directory.loadValue(tag) : Promise.resolve(undefined)),
      geoKeys?.GTRasterTypeGeoKey === RASTER_PIXEL_IS_POINT,
    );
    if ('message' in grid) return problem(grid.message, grid.hint, grid.path);
    if (crs.value === 'EPSG:4326' && !plausibleDegrees(grid))
      return problem(
        lt(
          'Filen siger WGS84, men koordinaterne ligger uden for ±180°/±90°.',
          'The file says WGS84, but its coordinates lie outside ±180°/±90°.',
        ),
        REPROJECT_HINT,
        'ModelTiepoint',
      );

    const warnings: Problem[] = [];
    const warn = (message: LocalizedText, hint?: LocalizedText) =>
      warnings.push({
        severity: 'warning',
        path: '',
        ...(file === undefined ? {} : { file }),
        message,
        ...(hint ? { hint } : {}),
      });
    if (image.getSamplesPerPixel() > 1)
      warn(
        lt(
          `Filen har ${image.getSamplesPerPixel()} bånd; kun bånd 1 bruges som højde.`,
          `The file has ${image.getSamplesPerPixel()} bands; only band 1 is used as height.`,
        ),
      );

    const pixels = width * height;
    const maxPixels = options.maxPixels ?? DEFAULT_MAX_DEM_PIXELS;
    let factor = 1;
    if (pixels > maxPixels) {
      const sizeText = `${width} × ${height} = ${pixels.toLocaleString('en')} px, ${((pixels * 4) / MB).toFixed(0)} MB`;
      const budgetText = `${maxPixels.toLocaleString('en')} px (${((maxPixels * 4) / MB).toFixed(0)} MB)`;
      if (options.onTooLarge === 'refuse')
        return problem(
          lt(
            `Højdemodellen er for stor: ${sizeText} mod et budget på ${budgetText}.`,
            `The elevation model is too large: ${sizeText} against a budget of ${budgetText}.`,
          ),
          lt(
            'Beskær eller nedsampl den, fx: gdalwarp -tr 2 2 -r average ind.tif ud.tif',
            'Crop or downsample it, e.g.: gdalwarp -tr 2 2 -r average in.tif out.tif',
          ),
        );
      factor = Math.ceil(Math.sqrt(pixels / maxPixels));
      while (Math.ceil(width / factor) * Math.ceil(height / factor) > maxPixels) factor++;
    }

    const noData = image.getGDALNoData();
    const outWidth = Math.ceil(width / factor);
    const outHeight = Math.ceil(height / factor);
    const values = await readBand1(image, width, height, factor, noData);
    if (factor > 1) {
      warn(
        lt(
          `Højdemodellen (${width} × ${height} px, ${((pixels * 4) / MB).toFixed(0)} MB) er over budgettet og er nedsamplet med faktor ${factor} (gennemsnit af ${factor} × ${factor} pixels) til ${outWidth} × ${outHeight} px.`,
          `The elevation model (${width} × ${height} px, ${((pixels * 4) / MB).toFixed(0)} MB) is over the budget and was downsampled by a factor of ${factor} (mean of ${factor} × ${factor} pixels) to ${outWidth} × ${outHeight} px.`,
        ),
        lt(
          'Beskær filen til planområdet for fuld opløsning.',
          'Crop the file to the planning area for full resolution.',
        ),
      );
    }
    if (!values.some((v) => !Number.isNaN(v)))
      return problem(lt('Højdemodellen indeholder kun NoData.', 'The elevation model contains only NoData.'));

    const dem: Dem = {
      crs: crs.value,
      grid: {
        ...grid,
        pixelSizeX: grid.pixelSizeX * factor,
        pixelSizeY: grid.pixelSizeY * factor,
        width: outWidth,
        height: outHeight,
      },
      values,
      noData,
      kind: kindFromName(file),
      downsampleFactor: factor,
    };
    return { ok: true, value: dem, warnings };
  } catch (error) {
    const reason = geotiffReason(error);
    return problem(
      lt(`Filen kan ikke læses som GeoTIFF: ${reason.da}.`, `The file cannot be read as a GeoTIFF: ${reason.en}.`),
      lt('Kontrollér at filen er en hel, ukorrupt GeoTIFF.', 'Check that the file is a complete, uncorrupted GeoTIFF.'),
    );
  }
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

async function georeferencing(
  width: number,
  height: number,
  tag: (id: number) => Promise<unknown>,
  pixelIsPoint: boolean,
): Promise<DemGrid | Located> {
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
  return { originX, originY, pixelSizeX, pixelSizeY, width, height };
}

function plausibleDegrees({ originX, originY, pixelSizeX, pixelSizeY, width, height }: DemGrid): boolean {
  return (
    originX >= -180 &&
    originX + width * pixelSizeX <= 180.000001 &&
    originY <= 90.000001 &&
    originY - height * pixelSizeY >= -90.000001
  );
}

interface BandImage {
  readRasters(options: { window: number[]; samples: number[]; interleave: true }): Promise<ArrayLike<number>>;
}

/** Band 1 as Float32 with NoData/non-finite → NaN; with factor > 1, the mean of the valid pixels of each block. */
async function readBand1(
  image: BandImage,
  width: number,
  height: number,
  factor: number,
  noData: number | null,
): Promise<Float32Array> {
  const noDataF32 = noData === null ? NaN : Math.fround(noData);
  const isNoData = (v: number) => !Number.isFinite(v) || v === noData || v === noDataF32;
  if (factor === 1) {
    const raw = await image.readRasters({ window: [0, 0, width, height], samples: [0], interleave: true });
    const out = new Float32Array(width * height);
    for (let i = 0; i < out.length; i++) {
      const v = raw[i] as number;
      out[i] = isNoData(v) ? NaN : v;
    }
    return out;
  }
  const outWidth = Math.ceil(width / factor);
  const outHeight = Math.ceil(height / factor);
  const out = new Float32Array(outWidth * outHeight);
  const sums = new Float64Array(outWidth);
  const counts = new Uint32Array(outWidth);
  // One strip of `factor` rows at a time keeps the peak memory at the output plus one strip.
  for (let outRow = 0; outRow < outHeight; outRow++) {
    const y0 = outRow * factor;
    const y1 = Math.min(y0 + factor, height);
    const raw = await image.readRasters({ window: [0, y0, width, y1], samples: [0], interleave: true });
    sums.fill(0);
    counts.fill(0);
    for (let r = 0; r < y1 - y0; r++)
      for (let c = 0; c < width; c++) {
        const v = raw[r * width + c] as number;
        if (isNoData(v)) continue;
        const oc = Math.floor(c / factor);
        sums[oc] = (sums[oc] as number) + v;
        counts[oc] = (counts[oc] as number) + 1;
      }
    for (let oc = 0; oc < outWidth; oc++) {
      const count = counts[oc] as number;
      out[outRow * outWidth + oc] = count > 0 ? (sums[oc] as number) / count : NaN;
    }
  }
  return out;
}

function kindFromName(file: string | undefined): DemKind {
  const name = (file ?? '').toLowerCase().replace(/^.*[\\/]/, '');
  if (/dsm|overflade|surface/.test(name)) return 'DSM';
  if (/dtm|terr/.test(name)) return 'DTM';
  return 'unknown';
}
