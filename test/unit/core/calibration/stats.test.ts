import { describe, expect, it } from 'vitest';
import { MEASUREMENT_STATUS, type Comparison } from '../../../../core/calibration/compare';
import type { MeasurementSet } from '../../../../core/calibration/measurement-set';
import { CALIBRATION_MODELS } from '../../../../core/calibration/schema';
import { calibrationStats, distanceBin, scatterSample } from '../../../../core/calibration/stats';

// Five measurements by hand: errors (measured − predicted) +3, −2 (cell c1, UMa), +1, +6 (c2, RMa), one unknown cell.
const set: MeasurementSet = {
  count: 5,
  e: new Float64Array(5),
  n: new Float64Array(5),
  rsrpDbm: Float32Array.from([-80, -90, -100, -95, -70]),
  heightM: new Float32Array(5).fill(1.5),
  cell: Int32Array.from([0, 0, 1, 2, 1]),
  cellIds: ['c1', 'c2', 'nope'],
  line: Int32Array.from([2, 3, 4, 5, 6]),
  timeRange: null,
};
const status = (s: (typeof MEASUREMENT_STATUS)[number]) => MEASUREMENT_STATUS.indexOf(s);
const comparison: Comparison = {
  predictedDbm: Float32Array.from([-83, -88, -101, NaN, -76]),
  cellIndex: Int32Array.from([0, 0, 1, -1, 1]),
  distanceM: Float32Array.from([100, 300, 1500, NaN, 6000]),
  heightM: new Float32Array(5).fill(1.5),
  model: Uint8Array.from(
    [1, 1, 0, 255, 0].map((k) => (k === 255 ? 255 : CALIBRATION_MODELS.indexOf(['RMa', 'UMa'][k] as 'RMa'))),
  ),
  status: Uint8Array.from(['ok', 'ok', 'ok', 'unknown-cell', 'ok'].map((s) => status(s as 'ok'))),
  cells: [
    { id: 'c1', environment: 'UMa' },
    { id: 'c2', environment: 'RMa' },
  ],
  losMode: 'blend-mean-db',
  defaultHeightM: 1.5,
  unknownCellIds: ['nope'],
  noExtraDataCount: 0,
  heightStepPercent: 0,
};

describe('calibrationStats against hand-computed values', () => {
  const stats = calibrationStats(set, comparison);

  it('overall: n 4, mean +2 dB, σ √8.5 dB (population), RMSE √12.5 dB', () => {
    expect(stats.overall.n).toBe(4);
    expect(stats.overall.meanErrorDb).toBeCloseTo(2, 12);
    expect(stats.overall.stdDb).toBeCloseTo(Math.sqrt(8.5), 12);
    expect(stats.overall.rmseDb).toBeCloseTo(Math.sqrt(12.5), 12);
  });

  it('per cell and per model', () => {
    expect(stats.byCell.map((c) => [c.cellId, c.n, c.meanErrorDb, c.stdDb, c.rmseDb])).toEqual([
      ['c1', 2, 0.5, 2.5, Math.sqrt(6.5)],
      ['c2', 2, 3.5, 2.5, Math.sqrt(18.5)],
    ]);
    expect(stats.byModel.map((m) => [m.model, m.n, m.meanErrorDb])).toEqual([
      ['RMa', 2, 3.5],
      ['UMa', 2, 0.5],
    ]);
  });

  it('per distance bin: 0–250, 250–500, 0.5–1 km, 1–2, 2–5, > 5 km', () => {
    expect(stats.byDistance.map((b) => [b.fromM, b.toM, b.n, b.meanErrorDb])).toEqual([
      [0, 250, 1, 3],
      [250, 500, 1, -2],
      [500, 1000, 0, null],
      [1000, 2000, 1, 1],
      [2000, 5000, 0, null],
      [5000, null, 1, 6],
    ]);
    expect([0, 249.9, 250, 999, 1000, 4999, 5000, 1e6].map(distanceBin)).toEqual([0, 0, 1, 2, 3, 4, 5, 5]);
  });

  it('counts the excluded rows by reason and bins the errors in 2 dB steps', () => {
    expect(stats.excluded).toEqual({ 'unknown-cell': 1, 'outside-distance': 0, 'outside-height': 0, 'too-far': 0 });
    expect(stats.excludedTotal).toBe(1);
    const { edgesDb, counts } = stats.histogram;
    const binOf = (x: number) =>
      counts.findIndex((_, k) => k > 0 && x >= (edgesDb[k - 1] as number) && x < (edgesDb[k] as number));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(4);
    for (const x of [3, -2, 1, 6]) expect(counts[binOf(x)]).toBe(1);
  });

  it('residuals after a +2 dB correction: mean 0, RMSE equals the σ before', () => {
    const after = calibrationStats(set, comparison, () => 2);
    expect(after.overall.meanErrorDb).toBeCloseTo(0, 12);
    expect(after.overall.rmseDb).toBeCloseTo(Math.sqrt(8.5), 12);
  });

  it('samples compared points for the scatter plot as [predicted, measured]', () => {
    expect(scatterSample(set, comparison, 10)).toEqual([
      [-83, -80],
      [-88, -90],
      [-101, -100],
      [-76, -70],
    ]);
    expect(scatterSample(set, comparison, 2)).toHaveLength(2);
  });
});
