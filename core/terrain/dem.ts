/** CRSs an elevation file may come in: EPSG:25832 metres, or WGS84 degrees (reprojected on load). */
export type DemCrs = 'EPSG:25832' | 'EPSG:4326';

/** What the heights describe: bare terrain (DTM), the surface with buildings and trees (DSM), or not known. */
export type DemKind = 'DTM' | 'DSM' | 'unknown';

/**
 * North-up lattice of an elevation model in EPSG:25832: pixel (col, row) covers
 * [originX + col·pixelSizeX, originX + (col+1)·pixelSizeX] × [originY − (row+1)·pixelSizeY, originY − row·pixelSizeY];
 * row 0 is the northern edge (as GridSpec). Pixels are square: pixelSizeX = pixelSizeY.
 */
export interface DemGrid {
  /** Easting of the western edge, m. */
  originX: number;
  /** Northing of the northern edge, m. */
  originY: number;
  /** Pixel width, m (> 0). */
  pixelSizeX: number;
  /** Pixel height, m (= pixelSizeX). */
  pixelSizeY: number;
  width: number;
  height: number;
}

/** log2 of the block side: heights are stored in 128 × 128 px blocks, allocated only where there is data. */
export const DEM_BLOCK_SHIFT = 7;
const BLOCK = 1 << DEM_BLOCK_SHIFT;
const MASK = BLOCK - 1;

/**
 * An elevation model on an EPSG:25832 lattice: heights above sea level in m (DVR90 for Danmarks Højdemodel),
 * NaN where there is no data. Stored sparsely in BLOCK × BLOCK blocks (null = no data), so a mosaic of tiles far
 * apart costs memory only where the tiles are. Each pixel is a flat square at its height (the raster as DHM and
 * GDAL define it): profiles see every pixel they cross at its full height (core/terrain/profile.ts).
 */
export interface Dem {
  /** Always EPSG:25832: WGS84 files are reprojected when read. */
  crs: 'EPSG:25832';
  /** The CRS of the file(s) it was read from. */
  sourceCrs: DemCrs;
  grid: DemGrid;
  blocksX: number;
  blocksY: number;
  /** Row-major blocks of BLOCK² Float32 heights (row-major inside), null where there is no data. */
  blocks: (Float32Array | null)[];
  /** NoData value of the source file(s) before it became NaN, null if none was declared. */
  noData: number | null;
  kind: DemKind;
  /** Source pixels per lattice pixel side (1 = read at the files' own resolution). */
  downsampleFactor: number;
  /** Pixels that have a height. */
  validPixels: number;
  /** Number of files the model was built from. */
  files: number;
}

/** Ground resolution of the lattice in m. */
export function demResolutionM(dem: Dem): number {
  return dem.grid.pixelSizeX;
}

/** Height in m of lattice pixel (col, row); NaN outside the lattice or where there is no data. */
export function demValue(dem: Dem, col: number, row: number): number {
  if (col < 0 || row < 0 || col >= dem.grid.width || row >= dem.grid.height) return NaN;
  const block = dem.blocks[(row >> DEM_BLOCK_SHIFT) * dem.blocksX + (col >> DEM_BLOCK_SHIFT)];
  return block ? (block[((row & MASK) << DEM_BLOCK_SHIFT) | (col & MASK)] as number) : NaN;
}

/** Height in m of the pixel containing EPSG:25832 (e, n); NaN outside the model or on NoData. */
export function demHeightAt(dem: Dem, e: number, n: number): number {
  const { originX, originY, pixelSizeX } = dem.grid;
  return demValue(dem, Math.floor((e - originX) / pixelSizeX), Math.floor((originY - n) / pixelSizeX));
}

/** An empty model (every block null) on a lattice; fill it with demSetValue. */
export function emptyDem(grid: DemGrid, meta: Partial<Omit<Dem, 'grid' | 'blocks' | 'blocksX' | 'blocksY'>> = {}): Dem {
  const blocksX = Math.ceil(grid.width / BLOCK);
  const blocksY = Math.ceil(grid.height / BLOCK);
  return {
    crs: 'EPSG:25832',
    sourceCrs: meta.sourceCrs ?? 'EPSG:25832',
    grid,
    blocksX,
    blocksY,
    blocks: new Array<Float32Array | null>(blocksX * blocksY).fill(null),
    noData: meta.noData ?? null,
    kind: meta.kind ?? 'unknown',
    downsampleFactor: meta.downsampleFactor ?? 1,
    validPixels: meta.validPixels ?? 0,
    files: meta.files ?? 1,
  };
}

/** The block holding (col, row), allocated (filled with NaN) on first use. The caller keeps col/row in range. */
export function demBlockFor(dem: Dem, col: number, row: number): Float32Array {
  const index = (row >> DEM_BLOCK_SHIFT) * dem.blocksX + (col >> DEM_BLOCK_SHIFT);
  let block = dem.blocks[index];
  if (!block) {
    block = new Float32Array(BLOCK * BLOCK).fill(NaN);
    dem.blocks[index] = block;
  }
  return block;
}

/** Offset of (col, row) inside its block. */
export function demBlockOffset(col: number, row: number): number {
  return ((row & MASK) << DEM_BLOCK_SHIFT) | (col & MASK);
}

/** Counts the pixels with a height and drops blocks without any (call after filling a model). */
export function finishDem(dem: Dem): Dem {
  let valid = 0;
  dem.blocks.forEach((block, i) => {
    if (!block) return;
    let n = 0;
    for (let k = 0; k < block.length; k++) if (!Number.isNaN(block[k] as number)) n++;
    if (n === 0) dem.blocks[i] = null;
    valid += n;
  });
  dem.validPixels = valid;
  return dem;
}

/** A model from a dense row-major raster (NaN = no data) on a square EPSG:25832 lattice. */
export function demFromRaster(args: {
  originX: number;
  originY: number;
  resolutionM: number;
  width: number;
  height: number;
  values: ArrayLike<number>;
  kind?: DemKind;
  noData?: number | null;
}): Dem {
  const { originX, originY, resolutionM, width, height, values } = args;
  const dem = emptyDem(
    { originX, originY, pixelSizeX: resolutionM, pixelSizeY: resolutionM, width, height },
    { kind: args.kind ?? 'unknown', noData: args.noData ?? null },
  );
  for (let row = 0; row < height; row++)
    for (let col = 0; col < width; col++) {
      const v = values[row * width + col] as number;
      if (!Number.isNaN(v)) demBlockFor(dem, col, row)[demBlockOffset(col, row)] = v;
    }
  return finishDem(dem);
}

/** Lowest and highest height in m, or null when the model has no data. */
export function demHeightRange(dem: Dem): { minM: number; maxM: number } | null {
  let minM = Infinity;
  let maxM = -Infinity;
  for (const block of dem.blocks) {
    if (!block) continue;
    for (let k = 0; k < block.length; k++) {
      const v = block[k] as number;
      if (v < minM) minM = v;
      if (v > maxM) maxM = v;
    }
  }
  return minM <= maxM ? { minM, maxM } : null;
}

/** EPSG:25832 bounding box [minE, minN, maxE, maxN] of the blocks that hold data (null when empty). */
export function demDataBounds(dem: Dem): [number, number, number, number] | null {
  const { originX, originY, pixelSizeX: res, width, height } = dem.grid;
  let [c0, r0, c1, r1] = [Infinity, Infinity, -Infinity, -Infinity];
  dem.blocks.forEach((block, i) => {
    if (!block) return;
    const bx = i % dem.blocksX;
    const by = Math.floor(i / dem.blocksX);
    c0 = Math.min(c0, bx * BLOCK);
    r0 = Math.min(r0, by * BLOCK);
    c1 = Math.max(c1, Math.min(width, (bx + 1) * BLOCK));
    r1 = Math.max(r1, Math.min(height, (by + 1) * BLOCK));
  });
  if (!(c0 < c1)) return null;
  return [originX + c0 * res, originY - r1 * res, originX + c1 * res, originY - r0 * res];
}

/** Bytes held by the model's height blocks. */
export function demByteLength(dem: Dem): number {
  return dem.blocks.reduce((sum, b) => sum + (b ? b.byteLength : 0), 0);
}

/** The blocks' buffers, for transferring a model to or from a worker. */
export function demTransferables(dem: Dem): ArrayBuffer[] {
  return dem.blocks.flatMap((b) => (b ? [b.buffer as ArrayBuffer] : []));
}
