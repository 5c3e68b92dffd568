import type { CoverageRaster } from '../../../core/coverage';
import type { LocalizedText } from '../../../core/i18n/localized';
import type { GridSpec } from '../../../core/geo/grid';

/**
 * The raster of a running job on the full grid, made from the first result that arrives (a coarse band or a fine
 * one): same cells, noise and options, arrays of the full size (NaN / −1 until written).
 */
export function rasterLike(grid: GridSpec, first: CoverageRaster): CoverageRaster {
  const n = grid.width * grid.height;
  return {
    ...first,
    grid,
    rsrpDbm: new Float32Array(n).fill(NaN),
    sinrDb: first.sinrDb ? new Float32Array(n).fill(NaN) : null,
    bestServer: new Int16Array(n).fill(-1),
    warnings: [...first.warnings],
  };
}

/** Adds warnings not yet in the list (by their English text). */
export function addWarnings(target: CoverageRaster, warnings: readonly LocalizedText[]): void {
  for (const w of warnings) if (!target.warnings.some((t) => t.en === w.en)) target.warnings.push(w);
}

/** Full-grid rows [row0, row1) a coarse band of `factor` covers (clipped to the grid's height). */
export function coarseRows(
  band: { row0: number; row1: number },
  factor: number,
  height: number,
): { row0: number; row1: number } {
  return { row0: Math.min(height, band.row0 * factor), row1: Math.min(height, band.row1 * factor) };
}

/**
 * Fills `target` (full grid) from a coarse band whose grid has `factor` times the pixel size over the same origin:
 * each full pixel takes the value of the coarse pixel it lies in (nearest neighbour), rows `coarseRow0` on. Rows
 * for which `keep(row)` is true (already at full resolution) are left alone.
 */
export function upsampleInto(
  target: CoverageRaster,
  coarse: CoverageRaster,
  factor: number,
  coarseRow0: number,
  keep: (row: number) => boolean = () => false,
): void {
  const { width, height } = target.grid;
  const cw = coarse.grid.width;
  const { row0: r0, row1: r1 } = coarseRows(
    { row0: coarseRow0, row1: coarseRow0 + coarse.grid.height },
    factor,
    height,
  );
  for (let r = r0; r < r1; r++) {
    if (keep(r)) continue;
    const src = (Math.floor(r / factor) - coarseRow0) * cw;
    const dst = r * width;
    for (let c = 0; c < width; c++) {
      const i = src + Math.floor(c / factor);
      target.rsrpDbm[dst + c] = coarse.rsrpDbm[i] as number;
      if (target.sinrDb && coarse.sinrDb) target.sinrDb[dst + c] = coarse.sinrDb[i] as number;
      target.bestServer[dst + c] = coarse.bestServer[i] as number;
    }
  }
  addWarnings(target, coarse.warnings);
}

/** Copies a full-resolution band (full width) into `target` at row `row0`. */
export function writeRows(target: CoverageRaster, band: CoverageRaster, row0: number): void {
  const offset = row0 * target.grid.width;
  target.rsrpDbm.set(band.rsrpDbm, offset);
  if (target.sinrDb && band.sinrDb) target.sinrDb.set(band.sinrDb, offset);
  target.bestServer.set(band.bestServer, offset);
  addWarnings(target, band.warnings);
}

/** Bytes the raster's arrays hold. */
export function rasterBytes(raster: CoverageRaster): number {
  return raster.rsrpDbm.byteLength + (raster.sinrDb?.byteLength ?? 0) + raster.bestServer.byteLength;
}
