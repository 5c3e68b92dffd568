import {
  DEM_BLOCK_SHIFT,
  demBlockFor,
  demBlockOffset,
  demHeightAt,
  demResolutionM,
  demValue,
  emptyDem,
  finishDem,
  type Dem,
} from './dem';

/** The loaded elevation models: a bare-earth DTM, a surface DSM, or both (a pair). */
export interface ElevationModels {
  dtm: Dem | null;
  dsm: Dem | null;
}

/** How terrain enters a prediction: DTM (diffraction added to the statistical model) or DSM (surface decides LOS). */
export type TerrainMode = 'DTM' | 'DSM' | 'DSM+DTM';

/** The mode of a pair of models, null when neither is loaded. */
export function terrainModeOf(models: ElevationModels | null): TerrainMode | null {
  if (!models) return null;
  if (models.dsm && models.dtm) return 'DSM+DTM';
  if (models.dsm) return 'DSM';
  return models.dtm ? 'DTM' : null;
}

/** Radius in m within which the lowest DSM height stands in for the ground when no DTM is loaded. */
export const SURFACE_GROUND_RADIUS_M = 20;

/**
 * A model coarsened by an integer factor: each k × k block of pixels becomes one pixel with their mean (DTM:
 * the average ground) or their maximum (DSM: a building or tree inside the block is kept at its full height).
 * Pixels without data are ignored; a block with none stays NaN.
 */
export function coarsenDem(dem: Dem, factor: number, aggregate: 'mean' | 'max'): Dem {
  if (factor <= 1) return dem;
  const { originX, originY, pixelSizeX, width, height } = dem.grid;
  const res = pixelSizeX * factor;
  const out = emptyDem(
    {
      originX,
      originY,
      pixelSizeX: res,
      pixelSizeY: res,
      width: Math.ceil(width / factor),
      height: Math.ceil(height / factor),
    },
    { ...dem, downsampleFactor: dem.downsampleFactor * factor },
  );
  const side = 1 << DEM_BLOCK_SHIFT;
  dem.blocks.forEach((block, i) => {
    if (!block) return;
    const c0 = (i % dem.blocksX) * side;
    const r0 = Math.floor(i / dem.blocksX) * side;
    for (let r = 0; r < side && r0 + r < height; r++)
      for (let c = 0; c < side && c0 + c < width; c++) {
        const v = block[(r << DEM_BLOCK_SHIFT) | c] as number;
        if (Number.isNaN(v)) continue;
        const oc = Math.floor((c0 + c) / factor);
        const or = Math.floor((r0 + r) / factor);
        const target = demBlockFor(out, oc, or);
        const k = demBlockOffset(oc, or);
        const old = target[k] as number;
        target[k] = Number.isNaN(old) ? v : aggregate === 'max' ? Math.max(old, v) : old + v;
      }
  });
  if (aggregate === 'mean') {
    // Second pass: divide each sum by the number of valid source pixels.
    for (let or = 0; or < out.grid.height; or++)
      for (let oc = 0; oc < out.grid.width; oc++) {
        const target = out.blocks[(or >> DEM_BLOCK_SHIFT) * out.blocksX + (oc >> DEM_BLOCK_SHIFT)];
        if (!target) continue;
        const k = demBlockOffset(oc, or);
        if (Number.isNaN(target[k] as number)) continue;
        let n = 0;
        for (let r = or * factor; r < Math.min(height, (or + 1) * factor); r++)
          for (let c = oc * factor; c < Math.min(width, (oc + 1) * factor); c++)
            if (!Number.isNaN(demValue(dem, c, r))) n++;
        target[k] = (target[k] as number) / n;
      }
  }
  return finishDem(out);
}

const coarsened = new WeakMap<Dem, Map<number, Dem>>();

/** coarsenDem memoised per model and factor (a model is immutable once loaded). */
function coarsenCached(dem: Dem, factor: number, aggregate: 'mean' | 'max'): Dem {
  if (factor <= 1) return dem;
  let byFactor = coarsened.get(dem);
  if (!byFactor) coarsened.set(dem, (byFactor = new Map()));
  let out = byFactor.get(factor);
  if (!out) byFactor.set(factor, (out = coarsenDem(dem, factor, aggregate)));
  return out;
}

/**
 * The models at the working resolution of a coverage grid: a model finer than half the grid's pixel is
 * coarsened by ⌊grid / model⌋ (DTM by mean, DSM by maximum), so the raster and the link calculator see the same
 * terrain at a cost that follows the grid. Models at or coarser than the grid are used as they are.
 */
export function workingModels(models: ElevationModels, gridResolutionM: number): ElevationModels {
  const at = (dem: Dem | null, aggregate: 'mean' | 'max') =>
    dem ? coarsenCached(dem, Math.max(1, Math.floor(gridResolutionM / demResolutionM(dem) + 1e-9)), aggregate) : null;
  return { dtm: at(models.dtm, 'mean'), dsm: at(models.dsm, 'max') };
}

const groundEstimates = new WeakMap<Dem, Dem>();

/**
 * Ground under a DSM when no DTM is loaded: the lowest surface height within SURFACE_GROUND_RADIUS_M (a square
 * window), so an antenna counted from the ground is not lifted onto a roof and a receiver in a street or under
 * trees is not put on top of them. Separable running minimum (van Herk / Gil–Werman), O(1) per pixel.
 */
export function groundFromSurface(dsm: Dem): Dem {
  const cached = groundEstimates.get(dsm);
  if (cached) return cached;
  const radius = Math.max(0, Math.round(SURFACE_GROUND_RADIUS_M / demResolutionM(dsm)));
  const { width, height } = dsm.grid;
  const horizontal = emptyDem(dsm.grid, dsm);
  const line = new Float64Array(Math.max(width, height));
  const result = new Float64Array(Math.max(width, height));
  for (let r = 0; r < height; r++) {
    if (!rowHasData(dsm, r)) continue;
    for (let c = 0; c < width; c++) line[c] = demValue(dsm, c, r);
    runningMin(line, width, radius, result);
    for (let c = 0; c < width; c++) {
      const v = result[c] as number;
      if (!Number.isNaN(v) && !Number.isNaN(demValue(dsm, c, r)))
        demBlockFor(horizontal, c, r)[demBlockOffset(c, r)] = v;
    }
  }
  const out = emptyDem(dsm.grid, { ...dsm, kind: 'DTM' });
  for (let c = 0; c < width; c++) {
    if (!colHasData(horizontal, c)) continue;
    for (let r = 0; r < height; r++) line[r] = demValue(horizontal, c, r);
    runningMin(line, height, radius, result);
    for (let r = 0; r < height; r++) {
      const v = result[r] as number;
      if (!Number.isNaN(v) && !Number.isNaN(demValue(dsm, c, r))) demBlockFor(out, c, r)[demBlockOffset(c, r)] = v;
    }
  }
  finishDem(out);
  groundEstimates.set(dsm, out);
  return out;
}

function rowHasData(dem: Dem, row: number): boolean {
  const by = row >> DEM_BLOCK_SHIFT;
  for (let bx = 0; bx < dem.blocksX; bx++) if (dem.blocks[by * dem.blocksX + bx]) return true;
  return false;
}

function colHasData(dem: Dem, col: number): boolean {
  const bx = col >> DEM_BLOCK_SHIFT;
  for (let by = 0; by < dem.blocksY; by++) if (dem.blocks[by * dem.blocksX + bx]) return true;
  return false;
}

/** out[i] = min of values[i − r … i + r] ignoring NaN (NaN when all are NaN), in O(n). */
function runningMin(values: Float64Array, n: number, r: number, out: Float64Array): void {
  const w = 2 * r + 1;
  const g = new Float64Array(n);
  const h = new Float64Array(n);
  const v = (i: number) => {
    const x = values[i] as number;
    return Number.isNaN(x) ? Infinity : x;
  };
  for (let i = 0; i < n; i++) g[i] = i % w === 0 ? v(i) : Math.min(g[i - 1] as number, v(i));
  for (let i = n - 1; i >= 0; i--) h[i] = i % w === w - 1 || i === n - 1 ? v(i) : Math.min(h[i + 1] as number, v(i));
  for (let i = 0; i < n; i++) {
    const lo = Math.max(0, i - r);
    const hi = Math.min(n - 1, i + r);
    const m = Math.min(h[lo] as number, g[hi] as number);
    out[i] = m === Infinity ? NaN : m;
  }
}

/**
 * Where the terminals stand: the DTM when loaded (and has data there), else the ground estimated under the DSM;
 * NaN where neither has data.
 */
export function groundHeightAt(models: ElevationModels, e: number, n: number): number {
  const fromDtm = models.dtm ? demHeightAt(models.dtm, e, n) : NaN;
  if (!Number.isNaN(fromDtm) || !models.dsm) return fromDtm;
  return demHeightAt(groundFromSurface(models.dsm), e, n);
}
