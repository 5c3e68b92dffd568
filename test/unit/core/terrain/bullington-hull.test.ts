import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bullingtonLoss,
  EARTH_RADIUS_M,
  K_FACTOR_STANDARD,
  knifeEdgeLossDb,
  ObstacleHull,
  smoothEarthBullingtonDb,
} from '../../../../core/terrain';

const twoA = 2 * K_FACTOR_STANDARD * EARTH_RADIUS_M;
const lambda = 0.081025;

// Random obstacle profiles: increasing distances from the Tx, heights above sea level.
const profile = fc
  .array(fc.tuple(fc.double({ min: 5, max: 200, noNaN: true }), fc.double({ min: 0, max: 80, noNaN: true })), {
    minLength: 1,
    maxLength: 60,
  })
  .map((steps) => {
    let d = 0;
    return steps.map(([dd, h]) => [(d += dd), h] as const);
  });

describe('ObstacleHull (the sweep’s and the link’s Bullington)', () => {
  it('equals bullingtonLoss over the same points with curvature applied (P.526-15 §4.5.1)', () => {
    fc.assert(
      fc.property(
        profile,
        fc.double({ min: 0, max: 80, noNaN: true }),
        fc.double({ min: 1, max: 60, noNaN: true }),
        (points, ht, hr) => {
          const d = (points.at(-1)?.[0] ?? 0) + 50;
          const hull = new ObstacleHull(points.length, twoA, lambda);
          hull.reset(ht + 30);
          for (const [x, h] of points) hull.push(x, h);
          const viaHull = hull.lossDb(d, hr + 1.5);
          // bullingtonLoss wants heights with curvature (ground + bulge, or any shear of it).
          const reference = bullingtonLoss({
            distancesM: points.map(([x]) => x),
            heightsM: points.map(([x, h]) => h - (x * x) / twoA),
            txHeightM: ht + 30,
            rxHeightM: hr + 1.5 - (d * d) / twoA,
            totalDistanceM: d,
            wavelengthM: lambda,
          }).lossDb;
          // Obstructed paths are exact; clear ones take v_max over the hull's vertices (points under a hull edge
          // are never the maximum by more than the edge's own bound), within 0.5 dB.
          expect(Math.abs(viaHull - reference)).toBeLessThan(0.5);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('counts extra points (the sweep’s own stretch) as pushed ones for one evaluation, and keeps them out', () => {
    const hull = new ObstacleHull(10, twoA, lambda);
    hull.reset(30);
    hull.push(100, 10);
    hull.push(300, 12);
    const before = hull.lossDb(1000, 5);
    const withExtra = hull.lossWithDb(1000, 5, Float64Array.of(600, 700), Float64Array.of(60, 20), 2);
    expect(withExtra).toBeGreaterThan(before + 10);
    expect(hull.lossDb(1000, 5)).toBe(before);
    hull.push(600, 60);
    hull.push(700, 20);
    expect(withExtra).toBeCloseTo(hull.lossDb(1000, 5), 4);
  });
});

describe('smoothEarthBullingtonDb (P.1812-6 §4.3.4 L_bulls over a zero-height profile)', () => {
  it('is 0 dB where the first Fresnel zone clears the bulge and grows beyond the radio horizon', () => {
    const at = (d: number) =>
      smoothEarthBullingtonDb({ txAntennaM: 25, rxAntennaM: 1.5, distanceM: d, wavelengthM: lambda, twoA });
    expect(at(1000)).toBe(0);
    expect(at(5000)).toBe(0);
    // Horizons √(2·a·h): 20.6 km for 25 m, 5.05 km for 1.5 m → 25.7 km; beyond it the path is obstructed.
    expect(at(30_000)).toBeGreaterThan(10);
  });

  it('hand-worked beyond the horizon: equivalent edge where the two tangents to the sphere meet', () => {
    // a = 8 494 667 m (2a = 16 989 333 m), hts = 25 m, hrs = 1.5 m, d = 30 km, λ = 0.081025 m. Sheared frame h − x²/2a:
    //   S_tim = −2·√(25/2a) = −2.4261e−3 (Tx horizon √(2a·25) = 20 609 m < d);
    //   y* = √(2a·1.5) = 5048.2 m, S_rim = (2d − y*)/2a − 1.5/y* = 3.23448e−3 − 2.97135e−4 = 2.93735e−3;
    //   hrs' = 1.5 − d²/2a = −51.474 m; d_b = (hrs' − hts + S_rim·d)/(S_tim + S_rim) = 11.6465/5.1125e−4 = 22 780 m;
    //   h_b = 25 + S_tim·d_b = −30.268 m, the Tx–Rx line there 25 − 76.474·0.75935 = −33.070 m → 2.802 m above;
    //   v = 2.802·√(2·30 000/(0.081025·22 780·7220)) = 0.1880 → J = 6.9 + 20·log(1.0921) = 7.665 dB;
    //   L_b = J + (1 − e^(−J/6))·(10 + 0.02·30) = 7.665 + 0.72128·10.6 = 15.31 dB.
    const l = smoothEarthBullingtonDb({
      txAntennaM: 25,
      rxAntennaM: 1.5,
      distanceM: 30_000,
      wavelengthM: lambda,
      twoA,
    });
    expect(knifeEdgeLossDb(0.188)).toBeCloseTo(7.665, 2);
    expect(l).toBeCloseTo(15.31, 1);
  });

  it('bounds any sampled flat profile: a flat DTM never adds terrain loss', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 200, max: 40_000, noNaN: true }),
        fc.double({ min: 1, max: 50, noNaN: true }),
        fc.double({ min: 1, max: 150, noNaN: true }),
        fc.integer({ min: 3, max: 400 }),
        (d, ht, hr, n) => {
          const hull = new ObstacleHull(n, twoA, lambda);
          hull.reset(ht);
          for (let i = 1; i < n; i++) hull.push((d * i) / n, 0);
          const sampled = hull.lossDb(d, hr);
          expect(sampled).toBeLessThanOrEqual(
            smoothEarthBullingtonDb({ txAntennaM: ht, rxAntennaM: hr, distanceM: d, wavelengthM: lambda, twoA }) + 1e-9,
          );
        },
      ),
      { numRuns: 300 },
    );
  });
});
