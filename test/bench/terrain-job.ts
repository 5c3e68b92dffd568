import type { GridSpec } from '../../core/geo/grid';
import { demFromRaster, type Dem } from '../../core/terrain';

/** The 20 × 20 km job of the README: 10 m pixels, 50 UMa sector cells (benchCells, seed 11). */
export const JOB_GRID: GridSpec = { originE: 590_000, originN: 6_120_000, resolutionM: 10, width: 2000, height: 2000 };
export const JOB_CELLS = { count: 50, e0: 590_000, n0: 6_100_000, sizeM: 20_000, seed: 11 };

/** A 20 × 20 km DTM at 10 m over the job's grid with rolling hills of 10–60 m (deterministic). */
export function hillyDem(): Dem {
  const { width, height } = JOB_GRID;
  const values = new Float32Array(width * height);
  for (let r = 0; r < height; r++)
    for (let c = 0; c < width; c++)
      values[r * width + c] = 30 + 20 * Math.sin(c / 97) * Math.cos(r / 131) + 10 * Math.sin((c + r) / 41);
  return demFromRaster({
    originX: JOB_GRID.originE,
    originY: JOB_GRID.originN,
    resolutionM: JOB_GRID.resolutionM,
    width,
    height,
    values,
    kind: 'DTM',
  });
}
