import { lt, type LocalizedText } from '../i18n/localized';
import type { Problem, Result } from '../project/problem';
import { DEM_BLOCK_SHIFT, demBlockFor, emptyDem, finishDem, type Dem, type DemKind } from './dem';
import { readFileWindow, type ElevationFile, type PixelWindow } from './geotiff-read';
import type { VrtIndex, VrtSource } from './vrt';

const MB = 1024 * 1024;
const MASK = (1 << DEM_BLOCK_SHIFT) - 1;
/** Most 128 × 128 blocks a lattice may span (tiles spread over ~2000 km at 1 m, or a wrong georeference). */
const MAX_BLOCKS = 4_000_000;

/** One tile to read: a file, the pixels wanted, and where their centres lie (x = ax + bx·col, y = ay + by·row). */
export interface TilePlan {
  file: ElevationFile;
  window: PixelWindow;
  ax: number;
  bx: number;
  ay: number;
  /** Negative: rows go south. */
  by: number;
  /** VRT NODATA overriding the file's, null if none. */
  noData: number | null;
  scale: number;
  offset: number;
}

/**
 * Where a tile's pixels lie (from its own georeferencing, or from a VRT's GeoTransform, SrcRect and DstRect)
 * and the window of them that touches the area of interest; null when none does.
 */
export function planWindow(
  file: ElevationFile,
  source: VrtSource | null,
  vrt: VrtIndex | null,
  roi: readonly [number, number, number, number] | null,
): TilePlan | null {
  let plan: TilePlan;
  if (source && vrt) {
    const src = source.srcRect ?? [0, 0, file.width, file.height];
    const dst = source.dstRect ?? src;
    const [g0, g1, , g3, , g5] = vrt.geoTransform;
    const sx = dst[2] / src[2];
    const sy = dst[3] / src[3];
    plan = {
      file,
      window: [
        Math.max(0, src[0]),
        Math.max(0, src[1]),
        Math.min(file.width, src[0] + src[2]),
        Math.min(file.height, src[1] + src[3]),
      ],
      ax: g0 + g1 * (dst[0] + (0.5 - src[0]) * sx),
      bx: g1 * sx,
      ay: g3 + g5 * (dst[1] + (0.5 - src[1]) * sy),
      by: g5 * sy,
      noData: source.noData,
      scale: source.scale,
      offset: source.offset,
    };
  } else {
    plan = {
      file,
      window: [0, 0, file.width, file.height],
      ax: file.originX + file.pixelSizeX / 2,
      bx: file.pixelSizeX,
      ay: file.originY - file.pixelSizeY / 2,
      by: -file.pixelSizeY,
      noData: null,
      scale: 1,
      offset: 0,
    };
  }
  if (roi) {
    const [minE, minN, maxE, maxN] = roi;
    const hx = plan.bx / 2;
    const hy = -plan.by / 2;
    const w = plan.window;
    w[0] = Math.max(w[0], Math.ceil((minE - hx - plan.ax) / plan.bx));
    w[2] = Math.min(w[2], Math.floor((maxE + hx - plan.ax) / plan.bx) + 1);
    w[1] = Math.max(w[1], Math.ceil((plan.ay - maxN - hy) / -plan.by));
    w[3] = Math.min(w[3], Math.floor((plan.ay - minN + hy) / -plan.by) + 1);
  }
  const [c0, r0, c1, r1] = plan.window;
  return c1 > c0 && r1 > r0 ? plan : null;
}

/** A model refused for its georeferencing (located at the first tile's ModelPixelScale). */
function pixelScaleProblem(plans: readonly TilePlan[], message: LocalizedText): Result<{ dem: Dem }> {
  return {
    ok: false,
    problems: [
      { severity: 'error', path: 'ModelPixelScale', ...(plans[0] ? { file: plans[0].file.file } : {}), message },
    ],
  };
}

/**
 * The lattice for a set of tiles: their joint extent at the working resolution, an integer multiple k of the
 * finest tile's pixel: the requested resolution, raised until the tiles' area fits maxPixels (or refused).
 */
export function buildLattice(
  plans: readonly TilePlan[],
  kind: 'DTM' | 'DSM',
  detected: DemKind,
  maxPixels: number,
  options: { resolutionM?: number; onTooLarge?: 'downsample' | 'refuse' },
): Result<{ dem: Dem }> {
  let native = Infinity;
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  let area = 0;
  let sourcePixels = 0;
  for (const p of plans) {
    const [c0, r0, c1, r1] = p.window;
    native = Math.min(native, Math.abs(p.bx), Math.abs(p.by));
    minX = Math.min(minX, p.ax + p.bx * (c0 - 0.5));
    maxX = Math.max(maxX, p.ax + p.bx * (c1 - 0.5));
    maxY = Math.max(maxY, p.ay + p.by * (r0 - 0.5));
    minY = Math.min(minY, p.ay + p.by * (r1 - 0.5));
    area += (c1 - c0) * (r1 - r0) * Math.abs(p.bx * p.by);
    sourcePixels += (c1 - c0) * (r1 - r0);
  }
  const warnings: Problem[] = [];
  // A corrupt header (pixel size 0, NaN or 1e-300, an extent that overflows) must be a problem, not a loop.
  if (![native, area, minX, minY, maxX, maxY].every(Number.isFinite) || !(native > 0 && area > 0))
    return pixelScaleProblem(
      plans,
      lt(
        'Filens georeference giver ingen brugbar udstrækning (pixelstørrelse eller hjørner er ugyldige).',
        "The file's georeferencing gives no usable extent (pixel size or corners are invalid).",
      ),
    );
  let target = Math.max(native, options.resolutionM ?? native);
  const fits = (res: number) => area / (res * res) <= maxPixels * 1.0000001;
  if (!fits(target)) {
    const first = plans[0] as TilePlan;
    const [c0, r0, c1, r1] = first.window;
    const sizeText =
      plans.length === 1
        ? `${c1 - c0} × ${r1 - r0} = ${sourcePixels.toLocaleString('en')} px, ${((sourcePixels * 4) / MB).toFixed(0)} MB`
        : `${plans.length} files, ${Math.round(area / (target * target)).toLocaleString('en')} px at ${target} m, ${(((area / (target * target)) * 4) / MB).toFixed(0)} MB`;
    const sizeTextDa =
      plans.length === 1
        ? sizeText
        : `${plans.length} filer, ${Math.round(area / (target * target)).toLocaleString('en')} px ved ${target} m, ${(((area / (target * target)) * 4) / MB).toFixed(0)} MB`;
    const budgetText = `${maxPixels.toLocaleString('en')} px (${((maxPixels * 4) / MB).toFixed(0)} MB)`;
    if (options.onTooLarge === 'refuse')
      return {
        ok: false,
        problems: [
          {
            severity: 'error',
            path: '',
            file: first.file.file,
            message: lt(
              `Højdemodellen er for stor: ${sizeTextDa} mod et budget på ${budgetText}.`,
              `The elevation model is too large: ${sizeText} against a budget of ${budgetText}.`,
            ),
            hint: lt(
              'Beskær eller nedsampl den, fx: gdalwarp -tr 2 2 -r average ind.tif ud.tif',
              'Crop or downsample it, e.g.: gdalwarp -tr 2 2 -r average in.tif out.tif',
            ),
          },
        ],
      };
    target = Math.sqrt(area / maxPixels);
  }
  let k = Math.max(1, Math.ceil(target / native - 1e-9));
  // ceil() lands on the factor or one short of it by rounding; never count up without bound.
  for (let step = 0; step < 4 && !fits(native * k); step++) k++;
  if (!Number.isSafeInteger(k) || !fits(native * k))
    return pixelScaleProblem(
      plans,
      lt(
        'Højdemodellen kan ikke bringes ned på hukommelsesbudgettet (pixelstørrelsen er urimelig).',
        'The elevation model cannot be brought within the memory budget (the pixel size is implausible).',
      ),
    );
  const res = native * k;
  const width = Math.max(1, Math.ceil((maxX - minX) / res - 1e-6));
  const height = Math.max(1, Math.ceil((maxY - minY) / res - 1e-6));
  if (Math.ceil(width / 128) * Math.ceil(height / 128) > MAX_BLOCKS)
    return {
      ok: false,
      problems: [
        {
          severity: 'error',
          path: '',
          message: lt(
            `Fliserne spænder over ${((maxX - minX) / 1000).toFixed(0)} × ${((maxY - minY) / 1000).toFixed(0)} km; det er for spredt til én model.`,
            `The tiles span ${((maxX - minX) / 1000).toFixed(0)} × ${((maxY - minY) / 1000).toFixed(0)} km; that is too spread out for one model.`,
          ),
          hint: lt('Vælg kun fliserne for planområdet.', 'Choose only the tiles of the planning area.'),
        },
      ],
    };
  const budgetK = Math.ceil((options.resolutionM ?? native) / native - 1e-9);
  if (k > budgetK) {
    const mbText = ((area / (native * native)) * 4) / MB;
    warnings.push({
      severity: 'warning',
      path: '',
      message: lt(
        `Højdemodellen (${Math.round(area / (native * native)).toLocaleString('en')} px, ${mbText.toFixed(0)} MB) er over budgettet og er nedsamplet med faktor ${k} (${kind === 'DSM' ? 'maksimum' : 'gennemsnit'} af ${k} × ${k} pixels) til ${width} × ${height} px à ${res.toFixed(2)} m.`,
        `The elevation model (${Math.round(area / (native * native)).toLocaleString('en')} px, ${mbText.toFixed(0)} MB) is over the budget and was downsampled by a factor of ${k} (${kind === 'DSM' ? 'maximum' : 'mean'} of ${k} × ${k} pixels) to ${width} × ${height} px at ${res.toFixed(2)} m.`,
      ),
      hint: lt('Beskær til planområdet for fuld opløsning.', 'Crop to the planning area for full resolution.'),
    });
  }
  const dem = emptyDem(
    { originX: minX, originY: maxY, pixelSizeX: res, pixelSizeY: res, width, height },
    {
      sourceCrs: 'EPSG:25832',
      kind: detected === 'unknown' ? 'unknown' : kind,
      noData: plans[0]?.file.noData ?? null,
      downsampleFactor: k,
      files: plans.length,
    },
  );
  return { ok: true, value: { dem }, warnings };
}

/**
 * Reads every tile's window into the lattice: the pixels whose centres fall in a lattice pixel are combined by
 * their mean (DTM) or maximum (DSM), across tile borders too, so seams leave no gap. Progress per chunk.
 */
export async function readPlans(
  dem: Dem,
  plans: readonly TilePlan[],
  aggregate: 'mean' | 'max',
  control: { shouldCancel?: (() => boolean) | undefined; onProgress?: (done: number, file: string) => void },
): Promise<Problem | 'cancelled' | null> {
  const { originX, originY, pixelSizeX: res, width, height } = dem.grid;
  const counts = new Map<number, Uint16Array>();
  for (const [i, plan] of plans.entries()) {
    const [c0, r0, c1, r1] = plan.window;
    const lc = new Int32Array(c1 - c0);
    for (let c = c0; c < c1; c++) lc[c - c0] = Math.floor((plan.ax + plan.bx * c - originX) / res);
    const override = plan.noData;
    const { scale, offset } = plan;
    const outcome = await readFileWindow(
      plan.file,
      plan.window,
      (values, row0, rows, col0, cols) => {
        for (let r = 0; r < rows; r++) {
          const lr = Math.floor((originY - (plan.ay + plan.by * (row0 + r))) / res);
          if (lr < 0 || lr >= height) continue;
          let lastIndex = -1;
          let block: Float32Array | null = null;
          let count: Uint16Array | undefined;
          for (let c = 0; c < cols; c++) {
            let v = values[r * cols + c] as number;
            if (v !== v || v === override) continue;
            const lcc = lc[col0 - c0 + c] as number;
            if (lcc < 0 || lcc >= width) continue;
            v = v * scale + offset;
            const index = (lr >> DEM_BLOCK_SHIFT) * dem.blocksX + (lcc >> DEM_BLOCK_SHIFT);
            if (index !== lastIndex) {
              block = demBlockFor(dem, lcc, lr);
              if (aggregate === 'mean') {
                count = counts.get(index);
                if (!count) counts.set(index, (count = new Uint16Array(block.length)));
              }
              lastIndex = index;
            }
            const k = ((lr & MASK) << DEM_BLOCK_SHIFT) | (lcc & MASK);
            const old = (block as Float32Array)[k] as number;
            if (aggregate === 'max') (block as Float32Array)[k] = old === old ? Math.max(old, v) : v;
            else {
              (block as Float32Array)[k] = old === old ? old + v : v;
              (count as Uint16Array)[k] = Math.min(65535, ((count as Uint16Array)[k] as number) + 1);
            }
          }
        }
        control.onProgress?.(i + (row0 + rows - r0) / (r1 - r0), plan.file.file);
      },
      control.shouldCancel,
    );
    if (outcome) return outcome;
    control.onProgress?.(i + 1, plan.file.file);
  }
  for (const [index, count] of counts) {
    const block = dem.blocks[index] as Float32Array;
    for (let k = 0; k < block.length; k++)
      if ((count[k] as number) > 0) block[k] = (block[k] as number) / (count[k] as number);
  }
  finishDem(dem);
  return null;
}
