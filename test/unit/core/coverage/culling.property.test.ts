import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bearingTurns } from '../../../../core/coverage/beam-tables';
import { cellPowerMw, prepareCellModels } from '../../../../core/coverage/cell-model';
import type { RadioCell } from '../../../../core/coverage/cells';
import type { GridSpec } from '../../../../core/geo/grid';
import { runCoverageJob } from '../../../../core/coverage/kernel';
import { resolveCoverageOptions, type LosMode } from '../../../../core/coverage/options';
import { bearingInterval, cellTileBounds } from '../../../../core/coverage/tile-bounds';
import { cullTileSize, planTileRow } from '../../../../core/coverage/tile-plan';
import { antennaPattern, eirpPerReDbm } from '../../../../core/radio';

const dbl = (min: number, max: number) => fc.double({ min, max, noNaN: true });

/** A random cell spec: position around a 5 × 5 km area, sector or omni, scenario, height, power, carrier. */
const cellSpec = fc.record({
  e: dbl(598_000, 606_000),
  n: dbl(6_096_000, 6_104_000),
  az: fc.option(dbl(0, 360)),
  tilt: dbl(-2, 12),
  vbw: fc.constantFrom(10, 65),
  env: fc.constantFrom<RadioCell['environment']>('RMa', 'UMa', 'UMi', 'InH'),
  h: dbl(6, 50),
  eirp: dbl(30, 68),
  carrier: fc.constantFrom([3700, 60], [3760, 60], [3720, 20], [3450, 100]),
  sectors: fc.integer({ min: 1, max: 3 }),
});

type CellSpec = typeof cellSpec extends fc.Arbitrary<infer T> ? T : never;

function cellsOf(specs: CellSpec[]): RadioCell[] {
  return specs.flatMap((s, site) =>
    Array.from({ length: s.sectors }, (_, k) => ({
      id: `s${site}-${k}`,
      siteId: `s${site}`,
      e: s.e,
      n: s.n,
      antennaHeightM: s.h,
      environment: s.env,
      fcGHz: (s.carrier[0] as number) / 1000,
      bandwidthMHz: s.carrier[1] as number,
      eirpPerReDbm: eirpPerReDbm({ eirpDbm: s.eirp, referenceBandwidthHz: 5e6 }),
      azimuthDeg: s.az === null ? null : (s.az + k * 120) % 360,
      downtiltDeg: s.tilt,
      pattern: antennaPattern({ omni: s.az === null, verticalBeamwidthDeg: s.vbw }),
    })),
  );
}

const baseSpec: CellSpec = {
  e: 0,
  n: 0,
  az: 0,
  tilt: 6,
  vbw: 10,
  env: 'UMa',
  h: 30,
  eirp: 60,
  carrier: [3700, 60],
  sectors: 3,
};

const gridSpec = fc.record({
  originE: dbl(598_000, 602_000),
  originN: dbl(6_100_000, 6_104_000),
  resolutionM: fc.constantFrom(10, 25, 50),
  width: fc.integer({ min: 10, max: 140 }),
  height: fc.integer({ min: 10, max: 140 }),
});

describe('range culling equals the full evaluation (fast-check over random cells and grids)', () => {
  it('RSRP and best server exactly; SINR raised by at most the stated tolerance, never lowered', () => {
    fc.assert(
      fc.property(
        fc.array(cellSpec, { minLength: 1, maxLength: 8 }),
        gridSpec,
        fc.constantFrom<LosMode>('blend-mean-db', 'nlos', 'los'),
        fc.constantFrom(1.5, 60),
        dbl(0, 1),
        fc.constantFrom(0.01, 0.05),
        (specs, grid, losMode, rxHeightM, load, sinrToleranceDb) => {
          const cells = cellsOf(specs);
          const base = { losMode, rxHeightM, load, sinrToleranceDb };
          const culled = runCoverageJob({ cells, grid, options: base });
          const full = runCoverageJob({ cells, grid, options: { ...base, cull: false } });
          if (!culled.ok || !full.ok) throw new Error('not cancelled');
          const a = culled.raster;
          const b = full.raster;
          for (let i = 0; i < a.rsrpDbm.length; i++) {
            expect(Object.is(a.rsrpDbm[i], b.rsrpDbm[i])).toBe(true);
            expect(a.bestServer[i]).toBe(b.bestServer[i]);
            const x = a.sinrDb![i]!;
            const y = b.sinrDb![i]!;
            if (Number.isNaN(y)) expect(x).toBeNaN();
            else {
              // Bound from tile-plan.ts; 1e-5 dB slack for the Float32 rounding of the stored values.
              expect(x - y).toBeLessThanOrEqual(sinrToleranceDb + 1e-5);
              expect(x - y).toBeGreaterThanOrEqual(-1e-5);
            }
          }
        },
      ),
      { numRuns: 25, seed: 7 },
    );
  }, 180_000);

  it('best-server-only runs and runs with per-cell extra loss (terrain) keep RSRP exact too', () => {
    fc.assert(
      fc.property(fc.array(cellSpec, { minLength: 1, maxLength: 6 }), gridSpec, dbl(0, 40), (specs, grid, lossDb) => {
        const cells = cellsOf(specs);
        const extra = new Float32Array(grid.width * grid.height).map((_, i) => (i % 7) * lossDb * 0.2);
        const extraLossDb = cells.map((_, i) => (i % 2 === 0 ? extra : null));
        for (const options of [{ computeSinr: false }, { computeSinr: true }]) {
          const culled = runCoverageJob({ cells, grid, options, extraLossDb });
          const full = runCoverageJob({ cells, grid, options: { ...options, cull: false }, extraLossDb });
          if (!culled.ok || !full.ok) throw new Error('not cancelled');
          for (let i = 0; i < culled.raster.rsrpDbm.length; i++)
            expect(Object.is(culled.raster.rsrpDbm[i], full.raster.rsrpDbm[i])).toBe(true);
        }
      }),
      { numRuns: 20, seed: 11 },
    );
  }, 120_000);
});

describe('what culling skips', () => {
  /** Share of site·pixels the tile plans evaluate for a job. */
  function evaluatedShare(cells: RadioCell[], grid: GridSpec, computeSinr: boolean): number {
    const prepared = prepareCellModels(cells, resolveCoverageOptions({ computeSinr }), () => 60_000);
    const tile = cullTileSize(grid);
    let evaluated = 0;
    for (let r0 = 0; r0 < grid.height; r0 += tile) {
      const r1 = Math.min(grid.height, r0 + tile);
      const settings = { computeSinr, load: 1, cull: true, sinrToleranceDb: 0.01, hasExtraLoss: () => false };
      const plan = planTileRow(prepared, grid, r0, r1, tile, settings);
      for (let q = 0; q < plan.length; q += 3) evaluated += (plan[q + 2]! - plan[q + 1]! + 1) * (r1 - r0);
    }
    return evaluated / (prepared.sites.length * grid.width * grid.height);
  }

  it('skips a distant cluster entirely for RSRP and most of it for SINR; nearby sites stay in', () => {
    const near = cellsOf([0, 1, 2, 3].map((k) => ({ ...baseSpec, e: 600_500 + k * 1500, n: 6_099_500 })));
    const farAway = cellsOf([0, 1, 2, 3].map((k) => ({ ...baseSpec, e: 640_000 + k * 1500, n: 6_099_500 })));
    const grid = { originE: 600_000, originN: 6_102_000, resolutionM: 25, width: 256, height: 192 };
    const withFar = evaluatedShare([...near, ...farAway], grid, false);
    expect(evaluatedShare(near, grid, false)).toBeGreaterThan(0.2);
    expect(withFar).toBeLessThan(evaluatedShare(near, grid, false));
    expect(evaluatedShare([...near, ...farAway], grid, true)).toBeLessThan(0.75);
  });
});

describe('tile bounds', () => {
  it('every pixel of a tile gets a power between the tile lower and upper bound of the cell', () => {
    fc.assert(
      fc.property(cellSpec, dbl(-3000, 3000), dbl(-3000, 3000), dbl(20, 1500), dbl(20, 1500), (spec, ox, oy, w, h) => {
        const cells = cellsOf([spec]);
        const prepared = prepareCellModels(cells, resolveCoverageOptions({}), () => 10_000);
        const rect = { x0: spec.e + ox, x1: spec.e + ox + w, y0: spec.n + oy, y1: spec.n + oy + h };
        const interval = bearingInterval(spec.e, spec.n, rect);
        const gap = (v: number, lo: number, hi: number) => (v < lo ? lo - v : v > hi ? v - hi : 0);
        const dNear = Math.hypot(gap(spec.e, rect.x0, rect.x1), gap(spec.n, rect.y0, rect.y1));
        const dFar = Math.hypot(
          Math.max(Math.abs(spec.e - rect.x0), Math.abs(spec.e - rect.x1)),
          Math.max(Math.abs(spec.n - rect.y0), Math.abs(spec.n - rect.y1)),
        );
        for (const m of prepared.models) {
          const { upperMw, lowerMw } = cellTileBounds(m, dNear, dFar, interval);
          for (let a = 0; a <= 1; a += 0.125)
            for (let b = 0; b <= 1; b += 0.125) {
              const p = cellPowerMw(m, rect.x0 + a * w - spec.e, rect.y0 + b * h - spec.n);
              expect(p).toBeLessThanOrEqual(upperMw);
              expect(p).toBeGreaterThanOrEqual(lowerMw);
            }
        }
      }),
      { numRuns: 200, seed: 3 },
    );
  });

  it('bearingTurns follows atan2 within 2·10⁻⁶ turns (0.0007°)', () => {
    fc.assert(
      fc.property(dbl(-1e5, 1e5), dbl(-1e5, 1e5), (dx, dy) => {
        // At the origin there is no bearing: bearingTurns says 0, atan2 depends on the zeros' signs (seed -1032309256).
        if (dx === 0 && dy === 0) return;
        const exact = (((Math.atan2(dx, dy) / (2 * Math.PI)) % 1) + 1) % 1;
        let d = Math.abs(bearingTurns(dx, dy) - exact);
        d = Math.min(d, 1 - d);
        expect(d).toBeLessThan(2e-6);
      }),
      { numRuns: 2000, examples: [[0, -0]] },
    );
    for (const [dx, dy] of [
      [0, 0],
      [-0, 0],
      [0, -0],
      [-0, -0],
    ] as const)
      expect(bearingTurns(dx, dy)).toBe(0);
  });
});
