import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  demHeightAt,
  earthBulgeM,
  fresnelRadiusM,
  pathClearance,
  terrainProfile,
  wavelengthM,
} from '../../../../core/terrain';
import { makeDem } from './make-geotiff';

// A 100 × 100 lattice of 2 m pixels whose height is the pixel's own number (col + 100·row): a profile's heights
// name the pixels it visited.
const e0 = 600_000;
const n0 = 6_200_000;
const ids = makeDem({
  originE: e0,
  originN: n0 + 200,
  resolutionM: 2,
  width: 100,
  height: 100,
  heightAt: (e, n) => Math.floor((e - e0) / 2) + 100 * Math.floor((n0 + 200 - n) / 2),
});
const point = fc.record({
  e: fc.double({ min: e0 + 0.01, max: e0 + 199.99, noNaN: true }),
  n: fc.double({ min: n0 + 0.01, max: n0 + 199.99, noNaN: true }),
});

/** Within a micrometre of a multiple of the 2 m pixel side. */
const nearCorner = (offsetM: number) => Math.abs(offsetM / 2 - Math.round(offsetM / 2)) < 5e-7;

describe('pixels as flat squares', () => {
  it('the height anywhere inside a pixel is that pixel’s value; NaN outside the model', () => {
    fc.assert(
      fc.property(point, ({ e, n }) => {
        expect(demHeightAt(ids, e, n)).toBe(Math.floor((e - e0) / 2) + 100 * Math.floor((n0 + 200 - n) / 2));
      }),
    );
    expect(demHeightAt(ids, e0 - 0.01, n0 + 100)).toBeNaN();
    expect(demHeightAt(ids, e0 + 100, n0 + 200.01)).toBeNaN();
  });

  it('a profile stops in every pixel the line crosses, in order (against 5 000 points along the line)', () => {
    fc.assert(
      fc.property(point, point, (from, to) => {
        const p = terrainProfile(ids, from, to);
        const visited = new Set(Array.from(p.groundM));
        const total = Math.hypot(to.e - from.e, to.n - from.n);
        const missed: number[] = [];
        for (let i = 0; i <= 5000; i++) {
          const t = i / 5000;
          const e = from.e + t * (to.e - from.e);
          const n = from.n + t * (to.n - from.n);
          // A sample rounded onto a pixel corner names a pixel the line may pass a nanometre beside (seed
          // -1829248784: the midpoint of a near-diagonal came out exactly on a corner the line misses by 3·10⁻¹¹ m).
          if (nearCorner(e - e0) && nearCorner(n - n0)) continue;
          const id = demHeightAt(ids, e, n);
          if (!visited.has(id)) missed.push(id);
        }
        expect(missed).toEqual([]);
        expect(p.distancesM[0]).toBe(0);
        expect(p.distancesM[p.distancesM.length - 1]).toBeCloseTo(total, 9);
        for (let i = 1; i < p.distancesM.length; i++)
          expect(p.distancesM[i]).toBeGreaterThanOrEqual(p.distancesM[i - 1] as number);
        expect(p.footprintM).toBeCloseTo(Math.SQRT1_2 * 2, 9);
      }),
      {
        numRuns: 40,
        examples: [
          [
            { e: 600199.9899999995, n: 6200199.989999999 },
            { e: 600000.0100000004, n: 6200000.010000001 },
          ],
        ],
      },
    );
  });

  it('never skips a one-pixel ridge, whatever the angle it is crossed at', () => {
    // 1 m pixels, a 30 m ridge one pixel wide along the diagonal e − e0 = n − n0 (pixels with col = 99 − row).
    const ridge = makeDem({
      originE: e0,
      originN: n0 + 100,
      resolutionM: 1,
      width: 100,
      height: 100,
      heightAt: (e, n) => (Math.floor(e - e0) === 99 - Math.floor(n0 + 100 - n) ? 30 : 0),
    });
    fc.assert(
      fc.property(
        fc.double({ min: 0.05, max: 1.5, noNaN: true }),
        fc.double({ min: 5, max: 40, noNaN: true }),
        (angle, r) => {
          // From the south-west corner region to the north-east one, crossing the ridge obliquely.
          const from = { e: e0 + 10, n: n0 + 10 };
          const to = { e: from.e + (r + 60) * Math.cos(angle), n: from.n + (r + 60) * Math.sin(angle) };
          if (to.e > e0 + 99.5 || to.n > n0 + 99.5) return;
          const p = terrainProfile(ridge, from, to);
          expect(Math.max(...Array.from(p.groundM).slice(1, -1))).toBe(30);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('Earth curvature and Fresnel zone', () => {
  it('bulge h = d1·d2 / (2·k·R) with k = 4/3, R = 6371 km', () => {
    // 2·(4/3)·6 371 000 = 16 989 333.3 m; 10 km · 20 km / that = 2e8 / 16 989 333.3 = 11.772 m.
    expect(earthBulgeM(10_000, 20_000)).toBeCloseTo(11.772, 3);
    // Mid-point of a 10 km path: 5000² / 16 989 333.3 = 1.4715 m.
    expect(earthBulgeM(5000, 5000)).toBeCloseTo(1.4715, 4);
    // k = 1 (no refraction): 5000² / (2 · 6 371 000) = 1.9620 m.
    expect(earthBulgeM(5000, 5000, 1)).toBeCloseTo(1.962, 3);
  });

  it('r1 = √(λ·d1·d2/d) at 3.7 GHz', () => {
    // λ = 299 792 458 / 3.7e9 = 0.081025 m.
    expect(wavelengthM(3.7)).toBeCloseTo(0.081025, 6);
    // d1 = d2 = 500 m: √(0.081025 · 250 000 / 1000) = √20.256 = 4.5007 m.
    expect(fresnelRadiusM(500, 500, wavelengthM(3.7))).toBeCloseTo(4.5007, 3);
    // d1 = 100, d2 = 900: √(0.081025 · 90 000 / 1000) = √7.2923 = 2.7004 m.
    expect(fresnelRadiusM(100, 900, wavelengthM(3.7))).toBeCloseTo(2.7004, 3);
  });

  const flat = (wallHeightM: number) =>
    makeDem({
      originE: 0,
      originN: 200,
      resolutionM: 1,
      width: 1100,
      height: 200,
      heightAt: (e) => (e > 495 && e < 505 ? wallHeightM : 0),
    });

  it('reports a clear path over flat ground: LOS, clearance ratio from the bulge-corrected ray', () => {
    const p = terrainProfile(flat(0), { e: 0.5, n: 100 }, { e: 1000.5, n: 100 });
    const c = pathClearance(p, { txAntennaHeightM: 20, rxAntennaHeightM: 20, fcGHz: 3.7 });
    expect(c.lineOfSight).toBe(true);
    expect(c.fresnelClear).toBe(true);
    // The worst point is the middle: (20 − 500²/16 989 333.3) / 4.5007 = (20 − 0.0147) / 4.5007 = 4.440.
    expect(c.minClearanceRatio).toBeCloseTo(4.44, 2);
    expect(c.earthBulgeM[c.minClearanceIndex]).toBeCloseTo(0.0147, 4);
  });

  it('flags a wall that cuts the ray, and one that only enters the Fresnel zone', () => {
    const blocked = pathClearance(terrainProfile(flat(25), { e: 0.5, n: 100 }, { e: 1000.5, n: 100 }), {
      txAntennaHeightM: 20,
      rxAntennaHeightM: 20,
      fcGHz: 3.7,
    });
    expect(blocked.lineOfSight).toBe(false);
    expect(blocked.minClearanceRatio).toBeLessThan(0);
    // Wall top 18 m: ray clearance ≈ 2 m against r1 = 4.5 m → ratio ≈ 0.44: LOS but not Fresnel-clear.
    const grazing = pathClearance(terrainProfile(flat(18), { e: 0.5, n: 100 }, { e: 1000.5, n: 100 }), {
      txAntennaHeightM: 20,
      rxAntennaHeightM: 20,
      fcGHz: 3.7,
    });
    expect(grazing.lineOfSight).toBe(true);
    expect(grazing.fresnelClear).toBe(false);
    expect(grazing.minClearanceRatio).toBeCloseTo((2 - 0.0147) / 4.5007, 1);
  });
});
