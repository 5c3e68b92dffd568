import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UpperHull } from '../../../../core/terrain/upper-hull';

// Random profiles: increasing x, arbitrary heights.
const profile = fc
  .array(fc.tuple(fc.double({ min: 0.5, max: 20, noNaN: true }), fc.double({ min: -50, max: 50, noNaN: true })), {
    minLength: 1,
    maxLength: 60,
  })
  .map((steps) => {
    let x = 0;
    return steps.map(([dx, y]) => [(x += dx), y] as const);
  });

function hullOf(points: readonly (readonly [number, number])[]): UpperHull {
  const hull = new UpperHull(points.length);
  for (const [x, y] of points) hull.push(x, y);
  return hull;
}

describe('UpperHull', () => {
  it('keeps every point on or below the hull', () => {
    fc.assert(
      fc.property(profile, (points) => {
        const hull = hullOf(points);
        for (const [x, y] of points) {
          let k = 0;
          while (k < hull.count - 1 && (hull.d[k + 1] as number) < x) k++;
          if (hull.count === 1 || x <= (hull.d[0] as number)) continue;
          const [x0, y0, x1, y1] = [hull.d[k]!, hull.h[k]!, hull.d[k + 1]!, hull.h[k + 1]!];
          expect(y).toBeLessThanOrEqual(y0 + ((y1 - y0) * (x - x0)) / (x1 - x0) + 1e-6);
        }
      }),
    );
  });

  it('tangentFromRight finds the highest elevation angle from a point beyond the profile (as brute force)', () => {
    fc.assert(
      fc.property(
        profile,
        fc.double({ min: 0.5, max: 100, noNaN: true }),
        fc.double({ min: -80, max: 80, noNaN: true }),
        (points, dx, y) => {
          const x = points[points.length - 1]![0] + dx;
          const hull = hullOf(points);
          const i = hull.tangentFromRight(x, y);
          const best = Math.max(...points.map(([px, py]) => (py - y) / (x - px)));
          expect(((hull.h[i] as number) - y) / (x - (hull.d[i] as number))).toBeCloseTo(best, 9);
        },
      ),
    );
  });

  it('maxAlongSlope finds the point deepest above a line of that slope (as brute force)', () => {
    fc.assert(
      fc.property(profile, fc.double({ min: -5, max: 5, noNaN: true }), (points, slope) => {
        const hull = hullOf(points);
        const i = hull.maxAlongSlope(slope);
        const best = Math.max(...points.map(([px, py]) => py - slope * px));
        expect((hull.h[i] as number) - slope * (hull.d[i] as number)).toBeCloseTo(best, 9);
      }),
    );
  });
});
