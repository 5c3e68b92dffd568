import type { Position } from '../project/schema';
import { BoxIndex } from './segment-index';

interface Segment {
  ring: number;
  /** Index of the segment within its ring. */
  index: number;
  a: Position;
  b: Position;
}

const cross = (o: Position, p: Position, q: Position) => (p[0] - o[0]) * (q[1] - o[1]) - (p[1] - o[1]) * (q[0] - o[0]);
const same = (p: Position, q: Position) => p[0] === q[0] && p[1] === q[1];

/** True when q, known to be collinear with segment p–r, lies within its bounding box. */
function onSegment(p: Position, q: Position, r: Position): boolean {
  return (
    Math.min(p[0], r[0]) <= q[0] &&
    q[0] <= Math.max(p[0], r[0]) &&
    Math.min(p[1], r[1]) <= q[1] &&
    q[1] <= Math.max(p[1], r[1])
  );
}

/** A point two segments share (crossing, touching or overlapping), or null when they are disjoint. */
export function segmentContact(p1: Position, p2: Position, p3: Position, p4: Position): Position | null {
  const d1 = cross(p3, p4, p1);
  const d2 = cross(p3, p4, p2);
  const d3 = cross(p1, p2, p3);
  const d4 = cross(p1, p2, p4);
  if (((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0))) {
    const t = d1 / (d1 - d2);
    return [p1[0] + t * (p2[0] - p1[0]), p1[1] + t * (p2[1] - p1[1])];
  }
  if (d1 === 0 && onSegment(p3, p1, p4)) return p1;
  if (d2 === 0 && onSegment(p3, p2, p4)) return p2;
  if (d3 === 0 && onSegment(p1, p3, p2)) return p3;
  if (d4 === 0 && onSegment(p1, p4, p2)) return p4;
  return null;
}

/** Consecutive ring segments meet at their shared corner; that only counts when the ring folds back on itself. */
function adjacentContact(first: Segment, second: Segment): Position | null {
  // Collinear and pointing back: the second segment runs over the first one (a spike).
  const turn = cross(first.a, first.b, second.b);
  const dot =
    (first.b[0] - first.a[0]) * (second.b[0] - second.a[0]) + (first.b[1] - first.a[1]) * (second.b[1] - second.a[1]);
  return turn === 0 && dot < 0 ? first.b : null;
}

/** Ring segments with repeated consecutive positions removed; rings with fewer than 3 segments are dropped. */
function segmentsOf(rings: readonly (readonly Position[])[]): { segments: Segment[]; ringSizes: number[] } {
  const segments: Segment[] = [];
  const ringSizes: number[] = [];
  rings.forEach((ring, r) => {
    const points: Position[] = [];
    for (const p of ring) if (points.length === 0 || !same(points[points.length - 1]!, p)) points.push(p);
    if (points.length > 1 && same(points[0]!, points[points.length - 1]!)) points.pop();
    const n = points.length;
    ringSizes.push(n >= 3 ? n : 0);
    if (n < 3) return;
    for (let i = 0; i < n; i++) segments.push({ ring: r, index: i, a: points[i]!, b: points[(i + 1) % n]! });
  });
  return { segments, ringSizes };
}

/**
 * The first place where a polygon's rings cross, touch or overlap themselves or each other, as [lon, lat]
 * (repeated consecutive positions are ignored), or null when the polygon is simple. Candidate pairs come from a
 * packed R-tree of segment boxes, so the cost is O(n log n) for real boundaries (n segments) instead of the
 * O(n²) of testing every pair.
 */
export function firstSelfIntersection(rings: readonly (readonly Position[])[]): Position | null {
  const { segments, ringSizes } = segmentsOf(rings);
  const boxes = new Float64Array(segments.length * 4);
  segments.forEach((s, i) => {
    boxes.set(
      [Math.min(s.a[0], s.b[0]), Math.min(s.a[1], s.b[1]), Math.max(s.a[0], s.b[0]), Math.max(s.a[1], s.b[1])],
      i * 4,
    );
  });
  const index = new BoxIndex(boxes, segments.length);
  let found: Position | null = null;
  for (let i = 0; i < segments.length && !found; i++) {
    const s = segments[i]!;
    index.search(boxes[i * 4]!, boxes[i * 4 + 1]!, boxes[i * 4 + 2]!, boxes[i * 4 + 3]!, (j) => {
      if (j <= i) return false;
      const t = segments[j]!;
      const size = ringSizes[s.ring]!;
      const sBeforeT = s.ring === t.ring && (s.index + 1) % size === t.index;
      const tBeforeS = s.ring === t.ring && (t.index + 1) % size === s.index;
      found = sBeforeT ? adjacentContact(s, t) : tBeforeS ? adjacentContact(t, s) : segmentContact(s.a, s.b, t.a, t.b);
      return found !== null;
    });
  }
  return found;
}
