import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { coverageJob, radioCellsOf, runCoverageJob } from '../../../core/coverage';
import { farthestCornerM } from '../../../core/geo/grid';
import { projectSchema } from '../../../core/project/schema';
import { coverageInputsOf } from '../../../renderer/features/coverage/coverage-inputs';
import {
  coarseFactor,
  coarsen,
  planCoverageJob,
  rowsGrid,
  rowsInView,
  splitRows,
} from '../../../renderer/features/coverage/job-plan';
import { rasterLike, upsampleInto, writeRows } from '../../../renderer/features/coverage/progressive-raster';
import { DEFAULT_COVERAGE_SETTINGS } from '../../../renderer/state/coverage-state';

const sample = projectSchema.parse(JSON.parse(readFileSync('data/samples/langeland.frekvensplan', 'utf8')));

describe('coverage strips', () => {
  it('splits a grid into whole-row strips that tile it north to south', () => {
    const grid = { originE: 600_000, originN: 6_100_000, resolutionM: 25, width: 10, height: 11 };
    const strips = splitRows({ row0: 0, row1: 11 }, 4).map((band) => rowsGrid(grid, band));
    expect(strips.map((s) => s.height)).toEqual([3, 3, 3, 2]);
    expect(strips.map((s) => s.originN)).toEqual([6_100_000, 6_099_925, 6_099_850, 6_099_775]);
    expect(splitRows({ row0: 0, row1: 11 }, 50)).toHaveLength(11);
  });

  it('merged strips equal the raster of one job over the whole grid', () => {
    const inputs = coverageInputsOf(sample, { ...DEFAULT_COVERAGE_SETTINGS, resolutionM: 100 }, null);
    if (!inputs) throw new Error('sample has no AOI');
    const whole = runCoverageJob({ cells: inputs.cells, grid: inputs.grid, options: inputs.options });
    if (!whole.ok) throw new Error('cancelled');
    const run = (grid: typeof inputs.grid) => {
      const job = coverageJob({ cells: inputs.cells, grid, options: inputs.options });
      for (;;) {
        const step = job.next();
        if (step.done) return step.value;
      }
    };
    // Bands in any order, written over a coarse first pass, give the raster of one job over the whole grid.
    const bands = splitRows({ row0: 0, row1: inputs.grid.height }, 3).reverse();
    const coarseGrid = coarsen(inputs.grid, 4);
    const coarse = run(coarseGrid);
    const merged = rasterLike(inputs.grid, coarse);
    upsampleInto(merged, coarse, 4, 0);
    expect(merged.rsrpDbm[inputs.grid.width * 5 + 6]).toBe(coarse.rsrpDbm[coarseGrid.width + 1]);
    for (const band of bands) writeRows(merged, run(rowsGrid(inputs.grid, band)), band.row0);
    expect(merged.grid).toEqual(inputs.grid);
    expect(Array.from(merged.bestServer)).toEqual(Array.from(whole.raster.bestServer));
    for (let i = 0; i < merged.rsrpDbm.length; i += 1) {
      const a = merged.rsrpDbm[i] as number;
      const b = whole.raster.rsrpDbm[i] as number;
      if (Number.isNaN(b)) expect(a).toBeNaN();
      else expect(Math.abs(a - b)).toBeLessThan(0.01);
    }
  });

  it('bands with the whole grid’s table span give the RSRP of one run over it exactly', () => {
    const inputs = coverageInputsOf(sample, { ...DEFAULT_COVERAGE_SETTINGS, resolutionM: 100 }, null);
    if (!inputs) throw new Error('sample has no AOI');
    const whole = runCoverageJob({ cells: inputs.cells, grid: inputs.grid, options: inputs.options });
    if (!whole.ok) throw new Error('cancelled');
    const merged = rasterLike(inputs.grid, whole.raster);
    for (const band of splitRows({ row0: 0, row1: inputs.grid.height }, 3)) {
      const job = runCoverageJob({
        cells: inputs.cells,
        grid: rowsGrid(inputs.grid, band),
        tableSpanM: Math.max(...inputs.cells.map((c) => farthestCornerM(inputs.grid, c.e, c.n))),
        options: inputs.options,
      });
      if (!job.ok) throw new Error('cancelled');
      writeRows(merged, job.raster, band.row0);
    }
    expect(Array.from(merged.rsrpDbm)).toEqual(Array.from(whole.raster.rsrpDbm));
    expect(Array.from(merged.bestServer)).toEqual(Array.from(whole.raster.bestServer));
    // SINR: culling tiles start at each band's first row, so skipped interferers may differ (each run within the
    // 0.01 dB tolerance of the unculled value).
    const tol = whole.raster.options.sinrToleranceDb;
    merged.sinrDb?.forEach((v, i) =>
      expect(Math.abs(v - (whole.raster.sinrDb?.[i] as number))).toBeLessThanOrEqual(tol),
    );
  });

  it('plans a coarse pass, then full-resolution bands with the rows in view first, covering every row once', () => {
    const grid = { originE: 600_000, originN: 6_100_000, resolutionM: 25, width: 399, height: 944 };
    expect(coarseFactor(grid)).toBe(4);
    expect(coarseFactor({ ...grid, width: 100, height: 100 })).toBe(1);
    const whole = planCoverageJob(grid, 2, null);
    expect(whole.coarse?.grid).toMatchObject({ resolutionM: 100, width: 100, height: 236 });
    expect(whole.coarse?.bands).toEqual([
      { row0: 0, row1: 118 },
      { row0: 118, row1: 236 },
    ]);
    expect(whole.fine).toEqual([
      { row0: 0, row1: 472 },
      { row0: 472, row1: 944 },
    ]);
    // A view over rows 300–400 (northing 6,092,500–6,090,000 m): those rows come first, then the rest by size.
    const view = rowsInView(grid, [600_000, 6_090_000, 610_000, 6_092_500]);
    expect(view).toEqual({ row0: 300, row1: 400 });
    const zoomed = planCoverageJob(grid, 2, view);
    expect(zoomed.fine.slice(0, 2)).toEqual([
      { row0: 300, row1: 350 },
      { row0: 350, row1: 400 },
    ]);
    const covered = new Array<number>(grid.height).fill(0);
    for (const band of zoomed.fine) for (let r = band.row0; r < band.row1; r++) covered[r]! += 1;
    expect(covered.every((n) => n === 1)).toBe(true);
    expect(rowsInView(grid, [0, 0, 1, 1])).toBeNull();
  });

  it('the input hash changes with a site height and the settings, not with unrelated edits', () => {
    const base = coverageInputsOf(sample, DEFAULT_COVERAGE_SETTINGS, null)?.hash;
    const taller = {
      ...sample,
      sites: sample.sites.map((s, i) => (i === 0 ? { ...s, antennaHeightM: s.antennaHeightM + 6 } : s)),
    };
    expect(coverageInputsOf(taller, DEFAULT_COVERAGE_SETTINGS, null)?.hash).not.toBe(base);
    expect(coverageInputsOf(sample, { ...DEFAULT_COVERAGE_SETTINGS, loadPercent: 50 }, null)?.hash).not.toBe(base);
    const renamed = { ...sample, meta: { ...sample.meta, name: 'Other name' }, slices: [] };
    expect(coverageInputsOf(renamed as typeof sample, DEFAULT_COVERAGE_SETTINGS, null)?.hash).toBe(base);
    expect(radioCellsOf(sample)).toHaveLength(6);
  });
});
