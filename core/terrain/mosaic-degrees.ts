import { lt } from '../i18n/localized';
import type { Problem, Result } from '../project/problem';
import type { Dem, DemKind } from './dem';
import { DEFAULT_MAX_DEM_PIXELS, readFileWindow, type ElevationFile } from './geotiff-read';
import { reprojectDegreeRaster } from './reproject';

const MB = 1024 * 1024;

/**
 * One WGS84 (EPSG:4326) elevation file: read in chunks, averaged over n × n blocks when over the budget, then
 * resampled onto an EPSG:25832 lattice (core/terrain/reproject.ts).
 */
export async function readDegreeFile(
  f: ElevationFile,
  kind: DemKind,
  options: { maxPixels?: number; onTooLarge?: 'downsample' | 'refuse'; shouldCancel?: () => boolean },
): Promise<Result<Dem> | 'cancelled'> {
  const maxPixels = options.maxPixels ?? DEFAULT_MAX_DEM_PIXELS;
  const pixels = f.width * f.height;
  const warnings: Problem[] = [];
  let factor = 1;
  if (pixels > maxPixels) {
    const sizeText = `${f.width} × ${f.height} = ${pixels.toLocaleString('en')} px, ${((pixels * 4) / MB).toFixed(0)} MB`;
    const budgetText = `${maxPixels.toLocaleString('en')} px (${((maxPixels * 4) / MB).toFixed(0)} MB)`;
    if (options.onTooLarge === 'refuse')
      return {
        ok: false,
        problems: [
          {
            severity: 'error',
            path: '',
            file: f.file,
            message: lt(
              `Højdemodellen er for stor: ${sizeText} mod et budget på ${budgetText}.`,
              `The elevation model is too large: ${sizeText} against a budget of ${budgetText}.`,
            ),
          },
        ],
      };
    factor = Math.ceil(Math.sqrt(pixels / maxPixels));
    while (Math.ceil(f.width / factor) * Math.ceil(f.height / factor) > maxPixels) factor++;
    warnings.push({
      severity: 'warning',
      path: '',
      file: f.file,
      message: lt(
        `Højdemodellen (${sizeText}) er over budgettet og er nedsamplet med faktor ${factor}.`,
        `The elevation model (${sizeText}) is over the budget and was downsampled by a factor of ${factor}.`,
      ),
    });
  }
  const width = Math.ceil(f.width / factor);
  const height = Math.ceil(f.height / factor);
  const sums = new Float64Array(width * height);
  const counts = new Uint32Array(width * height);
  const outcome = await readFileWindow(
    f,
    [0, 0, f.width, f.height],
    (values, row0, rows, col0, cols) => {
      for (let r = 0; r < rows; r++) {
        const base = Math.floor((row0 + r) / factor) * width;
        for (let c = 0; c < cols; c++) {
          const v = values[r * cols + c] as number;
          if (v !== v) continue;
          const i = base + Math.floor((col0 + c) / factor);
          sums[i] = (sums[i] as number) + v;
          counts[i] = (counts[i] as number) + 1;
        }
      }
    },
    options.shouldCancel,
  );
  if (outcome === 'cancelled') return outcome;
  if (outcome) return { ok: false, problems: [outcome] };
  const values = new Float32Array(width * height);
  for (let i = 0; i < values.length; i++)
    values[i] = (counts[i] as number) > 0 ? (sums[i] as number) / (counts[i] as number) : NaN;
  const dem = reprojectDegreeRaster(
    {
      originLon: f.originX,
      originLat: f.originY,
      pixelSizeLon: f.pixelSizeX * factor,
      pixelSizeLat: f.pixelSizeY * factor,
      width,
      height,
      values,
    },
    { kind, noData: f.noData },
  );
  dem.downsampleFactor = factor;
  return { ok: true, value: dem, warnings };
}
