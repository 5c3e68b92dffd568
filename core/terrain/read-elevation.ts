import { lt } from '../i18n/localized';
import type { Result } from '../project/problem';
import { bytesSource } from './byte-source';
import type { Dem } from './dem';
import { loadElevationModels } from './mosaic';

export interface ReadElevationOptions {
  /** File name for problem locations and the DTM/DSM guess. */
  file?: string;
  /** Memory budget in pixels (4 bytes each); default DEFAULT_MAX_DEM_PIXELS. */
  maxPixels?: number;
  /**
   * Over the budget: 'downsample' (default) coarsens by the smallest integer factor that fits and says so in a
   * warning; 'refuse' returns a problem stating pixels and MB.
   */
  onTooLarge?: 'downsample' | 'refuse';
  /** DTM or DSM, overriding the name. */
  kind?: 'DTM' | 'DSM';
}

/**
 * One GeoTIFF elevation file (bytes in memory) as a model: loadElevationModels with a single file. EPSG:25832
 * or WGS84 (reprojected); NoData → NaN; other CRSs, rotated transforms and undecodable bytes come back as
 * located problems; a file with only NoData is a problem too.
 */
export async function readElevationGeoTiff(
  bytes: Uint8Array,
  options: ReadElevationOptions = {},
): Promise<Result<Dem>> {
  const name = options.file ?? 'GeoTIFF.tif';
  const path = /\.tiff?$/i.test(name) ? name : `${name}.tif`;
  const loaded = await loadElevationModels(
    { paths: [path], open: () => Promise.resolve(bytesSource(bytes)) },
    {
      ...(options.maxPixels === undefined ? {} : { maxPixels: options.maxPixels }),
      ...(options.onTooLarge === undefined ? {} : { onTooLarge: options.onTooLarge }),
      ...(options.kind === undefined ? {} : { kind: options.kind }),
    },
  );
  if (!loaded.ok) return { ok: false, problems: loaded.problems };
  const dem = loaded.value.models.dtm ?? loaded.value.models.dsm;
  if (!dem || dem.validPixels === 0)
    return {
      ok: false,
      problems: [
        {
          severity: 'error',
          path: '',
          file: name,
          message: lt('Højdemodellen indeholder kun NoData.', 'The elevation model contains only NoData.'),
        },
      ],
    };
  return { ok: true, value: dem, warnings: loaded.warnings };
}
