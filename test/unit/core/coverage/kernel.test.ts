import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RadioCell } from '../../../../core/coverage/cells';
import { runCoverageJob, type CoverageRaster } from '../../../../core/coverage/kernel';
import type { LosMode } from '../../../../core/coverage/options';
import { stableHash } from '../../../../core/coverage/hash';
import {
  antennaPattern,
  blendedPathLoss,
  eirpPerReDbm,
  elevationDeg,
  gainTowardsDbi,
  noisePowerDbm,
  pathLoss,
  sinr,
} from '../../../../core/radio';

const grid = { originE: 600_000, originN: 6_102_000, resolutionM: 20, width: 100, height: 100 };

function cell(
  id: string,
  e: number,
  n: number,
  azimuthDeg: number | null,
  env: RadioCell['environment'] = 'UMa',
): RadioCell {
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

/** Direct per-pixel RSRP with core/radio (no tables): EIRP/RE + (G − G_max) − PL. */
function directRsrpDbm(c: RadioCell, e: number, n: number, mode: LosMode): number {
  const dx = e - c.e;
  const dy = n - c.n;
  const d2dM = Math.hypot(dx, dy);
  const geometry = { fcGHz: c.fcGHz, d2dM, hBsM: c.antennaHeightM, hUtM: 1.5 };
  const pl =
    mode === 'nlos'
      ? pathLoss({ model: `${c.environment}-NLOS` as 'UMa-NLOS', ...geometry }).pathLossDb
      : blendedPathLoss({ scenario: c.environment as 'UMa', method: 'mean-db', ...geometry }).pathLossDb;
  const gain = gainTowardsDbi({
    pattern: c.pattern,
    siteAzimuthDeg: c.azimuthDeg ?? 0,
    downtiltDeg: c.downtiltDeg,
    targetBearingDeg: (Math.atan2(dx, dy) * 180) / Math.PI,
    targetElevationDeg: elevationDeg({
      horizontalDistanceM: d2dM,
      antennaHeightM: c.antennaHeightM,
      targetHeightM: 1.5,
    }),
  });
  return c.eirpPerReDbm + gain - c.pattern.maxGainDbi - pl;
}

function run(cells: RadioCell[], options = {}): CoverageRaster {
  const r = runCoverageJob({ cells, grid, options });
  if (!r.ok) throw new Error('cancelled');
  return r.raster;
}

const centre = (col: number, row: number): [number, number] => [
  grid.originE + (col + 0.5) * grid.resolutionM,
  grid.originN - (row + 0.5) * grid.resolutionM,
];

describe('best-server kernel', () => {
  it.each<[LosMode, number | null]>([
    ['nlos', 30],
    ['blend-mean-db', 200],
    ['nlos', null],
  ])('matches a direct core/radio computation within 0.05 dB (%s, azimuth %s)', (mode, az) => {
    const c = cell('a', 600_990, 6_101_010, az);
    const raster = run([c], { losMode: mode });
    let maxErr = 0;
    for (let row = 0; row < grid.height; row += 3)
      for (let col = 0; col < grid.width; col += 3) {
        const [e, n] = centre(col, row);
        if (Math.hypot(e - c.e, n - c.n) < 10) continue;
        const direct = directRsrpDbm(c, e, n, mode);
        const value = raster.rsrpDbm[row * grid.width + col] as number;
        // Below the −140 dBm floor the kernel writes NaN (no server).
        const err = Number.isNaN(value) ? Math.max(0, direct - -140) : Math.abs(value - direct);
        maxErr = Math.max(maxErr, err);
      }
    // Tables: path loss knots in log distance (≤ 0.004 dB at midpoints) and √d steps of 0.05 √m interpolated
    // in linear power, bearing table of 4096 entries; measured maximum stays well under 0.05 dB.
    expect(maxErr).toBeLessThan(0.05);
  });

  it('picks the stronger cell where two overlap and writes out the SINR formula for 2 cells', () => {
    const a = cell('a', 600_500, 6_101_500, null);
    const b = { ...cell('b', 601_500, 6_100_500, null), eirpPerReDbm: cell('b', 0, 0, null).eirpPerReDbm - 6 };
    const load = 0.7;
    const raster = run([a, b], { losMode: 'nlos', load });
    const noiseDbm = noisePowerDbm({ bandwidthHz: 30e3, noiseFigureDb: 7 });
    for (const [col, row] of [
      [20, 30],
      [50, 50],
      [75, 70],
      [60, 40],
    ] as const) {
      const [e, n] = centre(col, row);
      const pa = directRsrpDbm(a, e, n, 'nlos');
      const pb = directRsrpDbm(b, e, n, 'nlos');
      const i = row * grid.width + col;
      expect(raster.bestServer[i]).toBe(pa >= pb ? 0 : 1);
      const [s, x] = pa >= pb ? [pa, pb] : [pb, pa];
      // SINR = S / (load·I + N), in mW.
      const expected = 10 * Math.log10(10 ** (s / 10) / (load * 10 ** (x / 10) + 10 ** (noiseDbm / 10)));
      expect(raster.sinrDb![i]).toBeCloseTo(expected, 1);
      expect(raster.sinrDb![i]).toBeCloseTo(
        sinr({ signalDbm: s, interferers: [{ powerDbm: x, load }], noiseDbm }).sinrDb,
        1,
      );
    }
  });

  it('gives SINR = SNR at load 0', () => {
    const a = cell('a', 600_500, 6_101_500, 45);
    const b = cell('b', 601_500, 6_100_500, 225);
    const raster = run([a, b], { load: 0 });
    for (let i = 0; i < raster.rsrpDbm.length; i += 97)
      if (raster.bestServer[i]! >= 0)
        expect(raster.sinrDb![i]).toBeCloseTo((raster.rsrpDbm[i] as number) - raster.noiseDbm, 3);
  });

  it('reports monotonic progress up to 1 and stops early when cancelled', () => {
    const seen: number[] = [];
    const ok = runCoverageJob(
      { cells: [cell('a', 600_500, 6_101_500, null)], grid },
      { onProgress: (f) => seen.push(f) },
    );
    expect(ok.ok).toBe(true);
    expect(seen.at(-1)).toBe(1);
    for (let i = 1; i < seen.length; i++) expect(seen[i]!).toBeGreaterThanOrEqual(seen[i - 1]!);
    let calls = 0;
    const stopped = runCoverageJob(
      { cells: [cell('a', 600_500, 6_101_500, null)], grid },
      { shouldCancel: () => ++calls > 5 },
    );
    expect(stopped).toMatchObject({ ok: false, cancelled: true });
    expect(stopped.ok === false && stopped.fraction).toBeLessThan(1);
  });

  it('adds per-cell extra loss (terrain), ignoring NaN', () => {
    const c = cell('a', 600_990, 6_101_010, null);
    const extra = new Float32Array(grid.width * grid.height).fill(10);
    extra[0] = NaN;
    const plain = run([c]);
    const r = runCoverageJob({ cells: [c], grid, extraLossDb: [extra] });
    if (!r.ok) throw new Error();
    expect(r.raster.rsrpDbm[5050]).toBeCloseTo((plain.rsrpDbm[5050] as number) - 10, 3);
    expect(r.raster.rsrpDbm[0]).toBeCloseTo(plain.rsrpDbm[0] as number, 3);
  });

  it('hashes inputs stably, independent of key order', () => {
    expect(stableHash({ a: 1, b: [1, 2] })).toBe(stableHash({ b: [1, 2], a: 1 }));
    expect(stableHash({ a: 1 })).not.toBe(stableHash({ a: 2 }));
    expect(stableHash({ a: 1 })).toMatch(/^[0-9a-f]{16}$/);
  });

  it('never produces NaN RSRP or SINR where a server exists (random cells)', () => {
    const small = { originE: 600_000, originN: 6_101_000, resolutionM: 50, width: 20, height: 20 };
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            e: fc.double({ min: 599_000, max: 602_000, noNaN: true }),
            n: fc.double({ min: 6_099_000, max: 6_102_000, noNaN: true }),
            az: fc.option(fc.double({ min: 0, max: 360, noNaN: true })),
            env: fc.constantFrom<RadioCell['environment']>('RMa', 'UMa', 'UMi', 'InH'),
            h: fc.double({ min: 3, max: 60, noNaN: true }),
          }),
          { minLength: 1, maxLength: 4 },
        ),
        fc.constantFrom<LosMode>('blend-mean-db', 'blend-linear', 'nlos', 'los'),
        fc.double({ min: 1.5, max: 120, noNaN: true }),
        (specs, losMode, rxHeightM) => {
          const cells = specs.map((s, i) => ({ ...cell(`c${i}`, s.e, s.n, s.az, s.env), antennaHeightM: s.h }));
          const r = runCoverageJob({ cells, grid: small, options: { losMode, rxHeightM } });
          if (!r.ok) return false;
          for (let i = 0; i < r.raster.rsrpDbm.length; i++)
            if (
              r.raster.bestServer[i]! >= 0 &&
              !(Number.isFinite(r.raster.rsrpDbm[i]) && Number.isFinite(r.raster.sinrDb![i]))
            )
              return false;
          return true;
        },
      ),
      { numRuns: 25, seed: 42 },
    );
  });
});

describe('SINR counts interferers by carrier overlap', () => {
  const a = { ...cell('a', 600_500, 6_101_500, null), fcGHz: 3.7, bandwidthMHz: 60 };
  const b0 = cell('b', 601_500, 6_100_500, null);
  const pixel = 30 * grid.width + 20;
  const [e, n] = centre(20, 30);
  const noiseMw = 10 ** (noisePowerDbm({ bandwidthHz: 30e3, noiseFigureDb: 7 }) / 10);
  /** SINR of cell a at the pixel with b (on fcGHz) scaled by `factor`, from the direct core/radio powers. */
  const expected = (factor: number, fcGHz = 3.7) => {
    const s = 10 ** (directRsrpDbm(a, e, n, 'nlos') / 10);
    const i = 10 ** (directRsrpDbm({ ...b0, fcGHz }, e, n, 'nlos') / 10);
    return 10 * Math.log10(s / (factor * i + noiseMw));
  };
  const sinrWith = (fcGHz: number, bandwidthMHz: number) =>
    run([a, { ...b0, fcGHz, bandwidthMHz }], { losMode: 'nlos' }).sinrDb![pixel] as number;

  it('co-channel: full interference; the serving cell stays the same', () => {
    expect(directRsrpDbm(a, e, n, 'nlos')).toBeGreaterThan(directRsrpDbm(b0, e, n, 'nlos') + 3);
    expect(sinrWith(3.7, 60)).toBeCloseTo(expected(1), 1);
  });

  it('adjacent 60 MHz carrier (3760 MHz): interference divided by the ACIR of 32.73 dB', () => {
    expect(sinrWith(3.76, 60)).toBeCloseTo(expected(10 ** (-32.734 / 10), 3.76), 1);
    expect(sinrWith(3.76, 60)).toBeGreaterThan(sinrWith(3.7, 60) + 5);
  });

  it('half overlap (3730 MHz): 0.5 + 0.5/ACIR of it; far away (3450 MHz): none, SINR = SNR', () => {
    expect(sinrWith(3.73, 60)).toBeCloseTo(expected(0.5 + 0.5 * 10 ** (-32.734 / 10), 3.73), 1);
    expect(sinrWith(3.45, 60)).toBeCloseTo(expected(0), 1);
  });

  it('tells the user when the unverified ACIR was used', () => {
    const r = run([a, { ...b0, fcGHz: 3.76, bandwidthMHz: 60 }]);
    expect(r.warnings.map((w) => w.en).join(' ')).toMatch(/ACIR of 32\.7 dB .*not verified/);
    expect(
      run([a, b0])
        .warnings.map((w) => w.en)
        .join(' '),
    ).not.toMatch(/ACIR/);
  });
});
