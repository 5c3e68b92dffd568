import { describe, expect, it } from 'vitest';
import { compareMeasurements, MEASUREMENT_STATUS } from '../../../../core/calibration/compare';
import { MeasurementSetBuilder } from '../../../../core/calibration/measurement-set';
import { seededRandom } from '../../../../core/calibration/synthetic';
import { CALIBRATION_MODELS } from '../../../../core/calibration/schema';
import type { RadioCell } from '../../../../core/coverage/cells';
import {
  aerialPathLoss,
  antennaPattern,
  blendedPathLoss,
  eirpPerReDbm,
  elevationDeg,
  gainTowardsDbi,
} from '../../../../core/radio';

function cell(id: string, e: number, n: number, azimuthDeg: number | null, env: RadioCell['environment']): RadioCell {
  return {
    id,
    siteId: id,
    e,
    n,
    antennaHeightM: 25,
    environment: env,
    fcGHz: 3.7,
    eirpPerReDbm: eirpPerReDbm({ eirpDbm: 60, referenceBandwidthHz: 5e6 }),
    azimuthDeg,
    downtiltDeg: 6,
    pattern: antennaPattern({ omni: azimuthDeg === null }),
  };
}

/** RSRP of one cell straight from core/radio (no tables): EIRP/RE + (G − G_max) − PL, blended LOS/NLOS in dB. */
function direct(c: RadioCell, e: number, n: number, hUtM: number): number {
  const dx = e - c.e;
  const dy = n - c.n;
  const d2dM = Math.hypot(dx, dy);
  const geometry = { fcGHz: c.fcGHz, d2dM, hBsM: c.antennaHeightM, hUtM };
  const pl = blendedPathLoss({ scenario: c.environment as 'UMa', method: 'mean-db', ...geometry }).pathLossDb;
  const gain = gainTowardsDbi({
    pattern: c.pattern,
    siteAzimuthDeg: c.azimuthDeg ?? 0,
    downtiltDeg: c.downtiltDeg,
    targetBearingDeg: (Math.atan2(dx, dy) * 180) / Math.PI,
    targetElevationDeg: elevationDeg({
      horizontalDistanceM: d2dM,
      antennaHeightM: c.antennaHeightM,
      targetHeightM: hUtM,
    }),
  });
  return c.eirpPerReDbm + gain - c.pattern.maxGainDbi - pl;
}

const A = cell('a', 600_000, 6_100_000, 90, 'UMa'); // sector pointing east
const B = cell('b', 603_000, 6_100_000, null, 'RMa'); // omni 3 km east
const options = { losMode: 'blend-mean-db' as const, defaultHeightM: 1.5 };

function measurements(rows: { e: number; n: number; h?: number; cell?: string }[]) {
  const b = new MeasurementSetBuilder();
  rows.forEach((r, i) =>
    b.add({ e: r.e, n: r.n, rsrpDbm: -90, heightM: r.h ?? NaN, cellId: r.cell ?? null, line: i + 2, time: null }),
  );
  return b.build();
}

describe('compareMeasurements', () => {
  it('predicts the measured cell (not the best server) when the row names it, matching core/radio within 0.05 dB', () => {
    const points = [
      { e: 600_400, n: 6_100_100 },
      { e: 601_200, n: 6_099_700 },
      { e: 602_500, n: 6_100_300 },
      { e: 600_050, n: 6_100_600 },
    ];
    const rows = points.flatMap((p) => [
      { ...p, cell: 'a' },
      { ...p, cell: 'b' },
    ]);
    const c = compareMeasurements(measurements(rows), [A, B], options);
    rows.forEach((r, i) => {
      const target = r.cell === 'a' ? A : B;
      expect(c.status[i]).toBe(0);
      expect(c.cellIndex[i]).toBe(r.cell === 'a' ? 0 : 1);
      expect(c.predictedDbm[i]).toBeCloseTo(direct(target, r.e, r.n, 1.5), 1);
      expect(Math.abs((c.predictedDbm[i] as number) - direct(target, r.e, r.n, 1.5))).toBeLessThan(0.05);
      expect(c.distanceM[i]).toBeCloseTo(Math.hypot(r.e - target.e, r.n - target.n), 1);
      expect(CALIBRATION_MODELS[c.model[i] as number]).toBe(target.environment);
    });
  });

  it('without a cell id takes the best server', () => {
    const points = [
      { e: 600_300, n: 6_100_000 },
      { e: 602_900, n: 6_100_050 },
    ];
    const c = compareMeasurements(measurements(points), [A, B], options);
    points.forEach((p, i) => {
      const a = direct(A, p.e, p.n, 1.5);
      const b = direct(B, p.e, p.n, 1.5);
      expect(c.cellIndex[i]).toBe(a > b ? 0 : 1);
      expect(c.predictedDbm[i]).toBeCloseTo(Math.max(a, b), 1);
    });
    expect(Array.from(c.cellIndex)).toEqual([0, 1]);
  });

  it('evaluates drones at their own height with the TR 36.777 aerial model and its model key', () => {
    const p = { e: 601_000, n: 6_100_200 };
    const c = compareMeasurements(
      measurements([
        { ...p, h: 120, cell: 'b' },
        { ...p, h: 1.5, cell: 'b' },
        { ...p, h: 120, cell: 'a' },
      ]),
      [A, B],
      options,
    );
    expect([0, 1, 2].map((i) => CALIBRATION_MODELS[c.model[i] as number])).toEqual(['RMa-AV', 'RMa', 'UMa-AV']);
    // At 120 m over 2 km the RMa-AV LOS probability is 1 (TR 36.777 Table B-1: hUT > 40 m), so PL is the LOS formula.
    const d2dM = Math.hypot(p.e - B.e, p.n - B.n);
    const pl = aerialPathLoss({
      scenario: 'RMa-AV',
      condition: 'LOS',
      fcGHz: 3.7,
      d2dM,
      hBsM: 25,
      hUtM: 120,
    }).pathLossDb;
    const gain = gainTowardsDbi({
      pattern: B.pattern,
      siteAzimuthDeg: 0,
      downtiltDeg: B.downtiltDeg,
      targetBearingDeg: 0,
      targetElevationDeg: elevationDeg({ horizontalDistanceM: d2dM, antennaHeightM: 25, targetHeightM: 120 }),
    });
    expect(c.predictedDbm[0]).toBeCloseTo(B.eirpPerReDbm + gain - B.pattern.maxGainDbi - pl, 1);
    expect(c.predictedDbm[0]).toBeGreaterThan((c.predictedDbm[1] as number) + 10);
  });

  it('gives a reason instead of a prediction: unknown cell, outside validity (d2D, hUT), too far', () => {
    const c = compareMeasurements(
      measurements([
        { e: 600_500, n: 6_100_000, cell: 'zz' }, // unknown cell id
        { e: 600_005, n: 6_100_000, cell: 'a' }, // 5 m: below the 10 m minimum of UMa
        { e: 609_500, n: 6_100_000, cell: 'b' }, // 6.5 km: beyond RMa NLOS 5 km
        { e: 600_500, n: 6_100_000, h: 30, cell: 'a' }, // UMa-AV is valid at 30 m...
        { e: 600_500, n: 6_100_000, h: 400, cell: 'a' }, // ...but not at 400 m (TR 36.777: hUT ≤ 300 m)
        { e: 700_000, n: 6_100_000 }, // 97 km from every cell
        { e: 600_500, n: 6_100_000, cell: ' A ' }, // ids match case- and space-insensitively
      ]),
      [A, B],
      options,
    );
    expect(Array.from(c.status, (s) => MEASUREMENT_STATUS[s])).toEqual([
      'unknown-cell',
      'outside-distance',
      'outside-distance',
      'ok',
      'outside-height',
      'too-far',
      'ok',
    ]);
    expect(c.unknownCellIds).toEqual(['zz']);
    expect(Number.isNaN(c.predictedDbm[0])).toBe(true); // no cell evaluated
    expect(Number.isFinite(c.predictedDbm[1])).toBe(true); // extrapolated, kept, but not compared
  });

  it('adds the extra loss (terrain) per link and counts links without elevation data', () => {
    const rows = [
      { e: 600_400, n: 6_100_100, cell: 'a' },
      { e: 600_400, n: 6_100_100, cell: 'b' },
    ];
    const base = compareMeasurements(measurements(rows), [A, B], options);
    const withExtra = compareMeasurements(measurements(rows), [A, B], {
      ...options,
      extraLossDb: (cell) => (cell.id === 'a' ? 7 : NaN),
    });
    expect(withExtra.predictedDbm[0]).toBeCloseTo((base.predictedDbm[0] as number) - 7, 3);
    expect(withExtra.predictedDbm[1]).toBeCloseTo(base.predictedDbm[1] as number, 6);
    expect(withExtra.noExtraDataCount).toBe(1);
  });

  it('interpolates a drone flight’s many heights between at most 120 table heights: within 0.3 dB of exact (mean < 0.05 dB)', () => {
    const random = seededRandom(11);
    const rows = Array.from({ length: 400 }, () => ({
      e: 600_300 + random() * 2400,
      n: 6_099_800 + random() * 400,
      h: 0.5 + random() * 200,
      cell: random() < 0.5 ? 'a' : 'b',
    }));
    const grid = compareMeasurements(measurements(rows), [A, B], options);
    expect(grid.heightStepPercent).toBeGreaterThan(0);
    let worst = 0;
    let sum = 0;
    let compared = 0;
    rows.forEach((r, i) => {
      const exact = compareMeasurements(measurements([r]), [A, B], options);
      expect(grid.status[i]).toBe(exact.status[0]);
      expect(grid.model[i]).toBe(exact.model[0]);
      if (exact.status[0] !== 0) return;
      const diff = Math.abs((grid.predictedDbm[i] as number) - (exact.predictedDbm[0] as number));
      worst = Math.max(worst, diff);
      sum += diff;
      compared++;
    });
    // Linear in log height between grid points; the largest errors sit at kinks of the aerial LOS probability.
    expect(compared).toBeGreaterThan(300);
    expect(worst).toBeLessThan(0.3);
    expect(sum / compared).toBeLessThan(0.05);
  });
});
