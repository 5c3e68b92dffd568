import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { coverageJob, radioCellsOf, runCoverageJob } from '../../../core/coverage';
import { projectSchema } from '../../../core/project/schema';
import { coverageInputsOf } from '../../../renderer/features/coverage/coverage-inputs';
import { mergeStrips, splitGrid } from '../../../renderer/features/coverage/run-in-workers';
import { DEFAULT_COVERAGE_SETTINGS } from '../../../renderer/state/coverage-state';

const sample = projectSchema.parse(JSON.parse(readFileSync('data/samples/langeland.frekvensplan', 'utf8')));

describe('coverage strips', () => {
  it('splits a grid into whole-row strips that tile it north to south', () => {
    const grid = { originE: 600_000, originN: 6_100_000, resolutionM: 25, width: 10, height: 11 };
    const strips = splitGrid(grid, 4);
    expect(strips.map((s) => s.height)).toEqual([3, 3, 3, 2]);
    expect(strips.map((s) => s.originN)).toEqual([6_100_000, 6_099_925, 6_099_850, 6_099_775]);
    expect(splitGrid(grid, 50)).toHaveLength(11);
  });

  it('merged strips equal the raster of one job over the whole grid', () => {
    const inputs = coverageInputsOf(sample, { ...DEFAULT_COVERAGE_SETTINGS, resolutionM: 100 }, null);
    if (!inputs) throw new Error('sample has no AOI');
    const whole = runCoverageJob({ cells: inputs.cells, grid: inputs.grid, options: inputs.options });
    if (!whole.ok) throw new Error('cancelled');
    const parts = splitGrid(inputs.grid, 3).map((grid) => {
      const job = coverageJob({ cells: inputs.cells, grid, options: inputs.options });
      for (;;) {
        const step = job.next();
        if (step.done) return step.value;
      }
    });
    const merged = mergeStrips(inputs.grid, parts);
    expect(merged.grid).toEqual(inputs.grid);
    expect(Array.from(merged.bestServer)).toEqual(Array.from(whole.raster.bestServer));
    for (let i = 0; i < merged.rsrpDbm.length; i += 1) {
      const a = merged.rsrpDbm[i] as number;
      const b = whole.raster.rsrpDbm[i] as number;
      if (Number.isNaN(b)) expect(a).toBeNaN();
      else expect(Math.abs(a - b)).toBeLessThan(0.01);
    }
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
