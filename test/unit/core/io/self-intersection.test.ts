import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Position } from '../../../../core/project/schema';
import { firstSelfIntersection, segmentContact } from '../../../../core/io/self-intersection';
import { BoxIndex } from '../../../../core/io/segment-index';

const close = (ring: Position[]): Position[] => [...ring, ring[0] as Position];

/** A circle-like ring of n corners around (10.7, 54.9), closed. */
function circle(n: number, radiusDeg = 0.05): Position[] {
  return close(
    Array.from({ length: n }, (_, i): Position => {
      const a = (2 * Math.PI * i) / n;
      return [10.7 + radiusDeg * Math.cos(a), 54.9 + radiusDeg * Math.sin(a)];
    }),
  );
}

/** Reference: every pair of segments, consecutive ones only when collinear and folding back. */
function bruteForceSimple(rings: Position[][]): boolean {
  const segs: { r: number; i: number; n: number; a: Position; b: Position }[] = [];
  rings.forEach((ring, r) => {
    const pts: Position[] = [];
    for (const p of ring)
      if (!pts.length || pts[pts.length - 1]![0] !== p[0] || pts[pts.length - 1]![1] !== p[1]) pts.push(p);
    if (pts.length > 1 && pts[0]![0] === pts[pts.length - 1]![0] && pts[0]![1] === pts[pts.length - 1]![1]) pts.pop();
    if (pts.length < 3) return;
    pts.forEach((a, i) => segs.push({ r, i, n: pts.length, a, b: pts[(i + 1) % pts.length]! }));
  });
  for (let x = 0; x < segs.length; x++)
    for (let y = x + 1; y < segs.length; y++) {
      const s = segs[x]!;
      const t = segs[y]!;
      const next = s.r === t.r && ((s.i + 1) % s.n === t.i || (t.i + 1) % s.n === s.i);
      if (next) {
        const [f, g] = (s.i + 1) % s.n === t.i ? [s, t] : [t, s];
        const turn = (f.b[0] - f.a[0]) * (g.b[1] - f.a[1]) - (f.b[1] - f.a[1]) * (g.b[0] - f.a[0]);
        const dot = (f.b[0] - f.a[0]) * (g.b[0] - g.a[0]) + (f.b[1] - f.a[1]) * (g.b[1] - g.a[1]);
        if (turn === 0 && dot < 0) return false;
      } else if (segmentContact(s.a, s.b, t.a, t.b)) return false;
    }
  return true;
}

describe('firstSelfIntersection', () => {
  it('finds the crossing of a bow tie at its centre', () => {
    const p = firstSelfIntersection([
      close([
        [10, 55],
        [10.1, 55.1],
        [10.1, 55],
        [10, 55.1],
      ]),
    ]);
    expect(p?.[0]).toBeCloseTo(10.05, 12);
    expect(p?.[1]).toBeCloseTo(55.05, 12);
  });

  it('accepts simple polygons: convex, concave, with a hole, with repeated corners', () => {
    expect(
      firstSelfIntersection([
        close([
          [0, 0],
          [4, 0],
          [4, 4],
          [0, 4],
        ]),
      ]),
    ).toBeNull();
    expect(
      firstSelfIntersection([
        close([
          [0, 0],
          [4, 0],
          [4, 4],
          [2, 1],
          [0, 4],
        ]),
      ]),
    ).toBeNull();
    expect(
      firstSelfIntersection([
        close([
          [0, 0],
          [4, 0],
          [4, 4],
          [0, 4],
        ]),
        close([
          [1, 1],
          [1, 2],
          [2, 2],
          [2, 1],
        ]),
      ]),
    ).toBeNull();
    expect(
      firstSelfIntersection([
        close([
          [0, 0],
          [4, 0],
          [4, 0],
          [4, 4],
          [0, 4],
          [0, 4],
        ]),
      ]),
    ).toBeNull();
  });

  it('finds touching corners, a corner on an edge, a spike and collinear overlaps', () => {
    // A figure eight touching at (2, 2).
    expect(
      firstSelfIntersection([
        close([
          [0, 0],
          [2, 2],
          [4, 0],
          [4, 4],
          [2, 2],
          [0, 4],
        ]),
      ]),
    ).toEqual([2, 2]);
    // A corner (2, 0) lying on the edge (0,0)–(4,0).
    expect(
      firstSelfIntersection([
        close([
          [0, 0],
          [4, 0],
          [4, 2],
          [2, 0],
          [0, 2],
        ]),
      ]),
    ).toEqual([2, 0]);
    // A spike: (0, 0) → (6, 0) → back to (5, 0), where the next edge leaves the first one.
    expect(
      firstSelfIntersection([
        close([
          [0, 0],
          [6, 0],
          [5, 0],
          [4, 4],
        ]),
      ]),
    ).toEqual([5, 0]);
    // A hole crossing its shell (at (4, 1) and (4, 2)).
    expect([
      [4, 1],
      [4, 2],
    ]).toContainEqual(
      firstSelfIntersection([
        close([
          [0, 0],
          [4, 0],
          [4, 4],
          [0, 4],
        ]),
        close([
          [3, 1],
          [5, 1],
          [5, 2],
          [3, 2],
        ]),
      ]),
    );
    // Two stretches of the ring running along the same line (0, 0)–(2, 0) and (3, 0)–(1, 0).
    expect(
      firstSelfIntersection([
        close([
          [0, 0],
          [2, 0],
          [2, 1],
          [3, 1],
          [3, 0],
          [1, 0],
          [1, -1],
          [0, -1],
        ]),
      ]),
    ).not.toBeNull();
  });

  it('checks a 120,000-corner ring and finds one moved corner that makes it cross', () => {
    const ring = circle(120_000);
    expect(firstSelfIntersection([ring])).toBeNull();
    const kinked = ring.map((p): Position => [p[0], p[1]]);
    kinked[60_000] = [10.7 + 0.06, 54.9 + 0.001];
    expect(firstSelfIntersection([kinked])).not.toBeNull();
  });

  it('agrees with testing every pair on random rings with many degenerate cases', () => {
    // Small integer grids make collinear edges, shared corners and touching far more likely than floats.
    const point = fc.tuple(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 6 })) as fc.Arbitrary<Position>;
    const ring = fc.array(point, { minLength: 3, maxLength: 12 }).map(close);
    fc.assert(
      fc.property(fc.array(ring, { minLength: 1, maxLength: 3 }), (rings) => {
        expect(firstSelfIntersection(rings) === null).toBe(bruteForceSimple(rings));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('BoxIndex', () => {
  it('returns exactly the boxes that overlap a query box', () => {
    const box = fc.tuple(fc.integer({ min: 0, max: 50 }), fc.integer({ min: 0, max: 50 }), fc.nat(10), fc.nat(10));
    fc.assert(
      fc.property(fc.array(box, { maxLength: 200 }), box, (items, [qx, qy, qw, qh]) => {
        const flat = new Float64Array(items.flatMap(([x, y, w, h]) => [x, y, x + w, y + h]));
        const found: number[] = [];
        new BoxIndex(flat, items.length, 4).search(qx, qy, qx + qw, qy + qh, (i) => (found.push(i), false));
        const expected = items.flatMap(([x, y, w, h], i) =>
          x <= qx + qw && x + w >= qx && y <= qy + qh && y + h >= qy ? [i] : [],
        );
        expect(found.sort((a, b) => a - b)).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });
});
