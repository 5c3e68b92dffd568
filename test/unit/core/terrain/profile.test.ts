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

// A plane z = 10 + 0.05·(e − e0) − 0.02·(n − n0) on a 2 m grid: bilinear interpolation must reproduce it exactly.
const e0 = 600_000;
const n0 = 6_200_000;
const plane = (e: number, n: number) => 10 + 0.05 * (e - e0) - 0.02 * (n - n0);
const rampDem = makeDem({ originE: e0, originN: n0 + 200, resolutionM: 2, width: 100, height: 100, heightAt: plane });

describe('bilinear sampling', () => {
  it('is exact on a planar ramp anywhere between pixel centres', () => {
    fc.assert(
      fc.property(
        fc.double({ min: e0 + 1, max: e0 + 199, noNaN: true }),
        fc.double({ min: n0 + 1, max: n0 + 199, noNaN: true }),
        (e, n) => {
          expect(demHeightAt(rampDem, e, n)).toBeCloseTo(plane(e, n), 3);
        },
      ),
    );
  });

  it('is NaN outside the raster', () => {
    expect(demHeightAt(rampDem, e0 - 0.01, n0 + 100)).toBeNaN();
    expect(demHeightAt(rampDem, e0 + 100, n0 + 200.01)).toBeNaN();
  });

  it('samples a profile at a step no larger than the DEM resolution, endpoints included', () => {
    const from = { e: e0 + 10, n: n0 + 10 };
    const to = { e: e0 + 150, n: n0 + 170 };
    const p = terrainProfile(rampDem, from, to);
    expect(p.stepM).toBeLessThanOrEqual(2);
    expect(p.distancesM[0]).toBe(0);
    expect(p.distancesM[p.distancesM.length - 1]).toBeCloseTo(Math.hypot(140, 160), 9);
    for (let i = 0; i < p.groundM.length; i++) {
      const t = (p.distancesM[i] as number) / p.totalDistanceM;
      expect(p.groundM[i]).toBeCloseTo(plane(from.e + t * 140, from.n + t * 160), 3);
    }
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
