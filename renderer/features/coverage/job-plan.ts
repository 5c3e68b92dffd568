import type { GridSpec } from '../../../core/geo/grid';

/** Rows [row0, row1) of a grid, full width. */
export interface RowRange {
  row0: number;
  row1: number;
}

/** The passes of a progressive coverage run: a coarse grid (or null) and the fine row bands, view first. */
export interface JobPlan {
  /** Grid of the first, coarse pass (every `factor`-th pixel size), or null when the grid is small enough. */
  coarse: { grid: GridSpec; factor: number; bands: RowRange[] } | null;
  /** Row bands of the full-resolution pass, in the order they should be computed (the view's rows first). */
  fine: RowRange[];
}

/** Pixels of the coarse pass at most: about a 200 × 200 raster, computed in a fraction of a second. */
export const COARSE_MAX_PIXELS = 40_000;

/** The grid covering `rows` of `grid` (origin moved down by the rows above). */
export function rowsGrid(grid: GridSpec, { row0, row1 }: RowRange): GridSpec {
  return { ...grid, originN: grid.originN - row0 * grid.resolutionM, height: row1 - row0 };
}

/** Splits rows [row0, row1) into at most `count` bands of whole rows, top to bottom, sizes differing by one at most. */
export function splitRows({ row0, row1 }: RowRange, count: number): RowRange[] {
  const rows = row1 - row0;
  const n = Math.max(1, Math.min(count, rows));
  const bands: RowRange[] = [];
  let row = row0;
  for (let i = 0; i < n; i++) {
    const size = Math.floor(rows / n) + (i < rows % n ? 1 : 0);
    if (size > 0) bands.push({ row0: row, row1: row + size });
    row += size;
  }
  return bands;
}

/** The smallest integer factor k ≥ 2 that brings the grid to COARSE_MAX_PIXELS or fewer, or 1 when it already is. */
export function coarseFactor(grid: GridSpec, maxPixels = COARSE_MAX_PIXELS): number {
  const pixels = grid.width * grid.height;
  if (pixels <= maxPixels) return 1;
  return Math.max(2, Math.ceil(Math.sqrt(pixels / maxPixels)));
}

/** The grid with `factor` times the pixel size over the same origin (it may reach up to factor − 1 pixels further). */
export function coarsen(grid: GridSpec, factor: number): GridSpec {
  return {
    ...grid,
    resolutionM: grid.resolutionM * factor,
    width: Math.ceil(grid.width / factor),
    height: Math.ceil(grid.height / factor),
  };
}

/** Rows of `grid` inside an EPSG:25832 box [minE, minN, maxE, maxN] (e.g. the map view), or null when none are. */
export function rowsInView(grid: GridSpec, [, minN, , maxN]: readonly number[]): RowRange | null {
  const row0 = Math.max(0, Math.floor((grid.originN - (maxN as number)) / grid.resolutionM));
  const row1 = Math.min(grid.height, Math.ceil((grid.originN - (minN as number)) / grid.resolutionM));
  return row1 > row0 ? { row0, row1 } : null;
}

/**
 * Plans a run on `workers` workers: a coarse pass over the whole grid (one band per worker) unless the grid is
 * already small, then the full resolution in bands: the rows in view first (one band per worker), then the rows above
 * and below it (shared out by size). Few bands keep the per-call cost of the kernel (building its tables) low: with
 * the whole grid in view each worker makes two calls, one coarse and one fine.
 */
export function planCoverageJob(grid: GridSpec, workers: number, view: RowRange | null): JobPlan {
  const factor = coarseFactor(grid);
  const coarseGrid = factor > 1 ? coarsen(grid, factor) : null;
  const coarse = coarseGrid
    ? { grid: coarseGrid, factor, bands: splitRows({ row0: 0, row1: coarseGrid.height }, workers) }
    : null;
  const all: RowRange = { row0: 0, row1: grid.height };
  const inView = view && view.row1 - view.row0 < grid.height * 0.8 ? view : null;
  if (!inView) return { coarse, fine: splitRows(all, workers) };
  const above: RowRange = { row0: 0, row1: inView.row0 };
  const below: RowRange = { row0: inView.row1, row1: grid.height };
  const rest = above.row1 - above.row0 + (below.row1 - below.row0);
  const aboveBands = rest > 0 ? Math.round((workers * (above.row1 - above.row0)) / rest) : 0;
  const fine = [
    ...splitRows(inView, workers),
    ...(above.row1 > above.row0 ? splitRows(above, Math.max(1, aboveBands)) : []),
    ...(below.row1 > below.row0 ? splitRows(below, Math.max(1, workers - aboveBands)) : []),
  ];
  return { coarse, fine };
}
