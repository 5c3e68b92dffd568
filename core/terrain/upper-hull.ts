/**
 * Upper convex hull of points added in increasing x (Andrew's monotone chain), for the terrain sweep: the
 * only terrain points that can be a knife edge for a receiver further out. Amortised O(1) push, O(log n)
 * queries. Collinear points are dropped, so queried functions are strictly unimodal along the chain.
 */
export class UpperHull {
  /** Vertex distances (x), m; valid up to `count`. */
  readonly d: Float64Array;
  /** Vertex heights (y), m; valid up to `count`. */
  readonly h: Float64Array;
  count = 0;

  constructor(capacity: number) {
    this.d = new Float64Array(capacity);
    this.h = new Float64Array(capacity);
  }

  clear(): void {
    this.count = 0;
  }

  /** Adds a point right of every vertex so far. */
  push(x: number, y: number): void {
    const { d, h } = this;
    let n = this.count;
    while (n >= 2) {
      const x0 = d[n - 2] as number;
      const y0 = h[n - 2] as number;
      const x1 = d[n - 1] as number;
      const y1 = h[n - 1] as number;
      if ((x1 - x0) * (y - y0) - (y1 - y0) * (x - x0) < 0) break;
      n--;
    }
    d[n] = x;
    h[n] = y;
    this.count = n + 1;
  }

  /** Index of the vertex seen at the highest elevation from (x, y), a point right of all vertices (count ≥ 1). */
  tangentFromRight(x: number, y: number): number {
    const { d, h } = this;
    let lo = 0;
    let hi = this.count - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      // Slopes (h − y)/(x − d) compared cross-multiplied (both denominators are positive).
      const a = ((h[mid] as number) - y) * (x - (d[mid + 1] as number));
      const b = ((h[mid + 1] as number) - y) * (x - (d[mid] as number));
      if (b >= a) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Index of the vertex maximising y − slope·x (the hull's contact with a supporting line of that slope). */
  maxAlongSlope(slope: number): number {
    const { d, h } = this;
    let lo = 0;
    let hi = this.count - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const edgeSlope = ((h[mid + 1] as number) - (h[mid] as number)) / ((d[mid + 1] as number) - (d[mid] as number));
      if (edgeSlope >= slope) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
