import { bullingtonCorrectedDb, bullingtonFromSlopes } from './diffraction';
import { UpperHull } from './upper-hull';

/** Where Bullington's loss comes from, for the profile chart (sheared heights, see ObstacleHull). */
export interface BullingtonEdge {
  lossDb: number;
  v: number;
  /** Distance of the (equivalent) edge from the Tx, m; NaN on a clear path. */
  distanceM: number;
  /** Its height in the sheared frame h − d²/(2a), m. */
  shearedHeightM: number;
}

/**
 * The obstacles of one path from a transmitter outwards, as the coverage sweep and the link calculator both keep
 * them: the upper convex hull of the points in the sheared frame h − d²/(2·k·R) (Earth curvature as a drop; the
 * methods are invariant to adding a linear function of distance, so this equals ground + bulge), and the steepest
 * slope seen from the Tx. Points are added in increasing distance; a receiver anywhere further out is then
 * evaluated in O(log n): Bullington (ITU-R P.526-15 §4.5.1) exactly from the two tangents when the path is
 * obstructed, and from the hull vertex of largest v (v is unimodal along the hull) when it is clear.
 */
export class ObstacleHull {
  readonly hull: UpperHull;
  txSlope = -Infinity;
  private txHeight = 0;

  constructor(
    capacity: number,
    /** 2·k·R, m. */
    private readonly twoA: number,
    private readonly wavelengthM: number,
  ) {
    this.hull = new UpperHull(capacity);
  }

  /** Empties the hull for a new path from a Tx antenna at txHeightM above sea level. */
  reset(txHeightM: number): void {
    this.hull.clear();
    this.txSlope = -Infinity;
    this.txHeight = txHeightM;
  }

  private markedSlope = -Infinity;

  /** Remembers the obstacles as they are; points pushed until rollback() are then forgotten. */
  mark(): void {
    this.hull.mark();
    this.markedSlope = this.txSlope;
  }

  /** Forgets the points pushed since mark(). */
  rollback(): void {
    this.hull.rollback();
    this.txSlope = this.markedSlope;
  }

  /** Adds an obstacle point (distance from the Tx in m, height above sea level in m); NaN heights are skipped. */
  push(distanceM: number, heightM: number): void {
    if (heightM !== heightM) return;
    const h = heightM - (distanceM * distanceM) / this.twoA;
    this.hull.push(distanceM, h);
    const slope = (h - this.txHeight) / distanceM;
    if (slope > this.txSlope) this.txSlope = slope;
  }

  /** Bullington loss in dB (with P.526-15 eq. 57's correction) to a receiver at distanceM, antenna at rxHeightM ASL. */
  lossDb(distanceM: number, rxHeightM: number): number {
    if (this.hull.count === 0) return 0;
    const d = distanceM;
    const hrs = rxHeightM - (d * d) / this.twoA;
    const losSlope = (hrs - this.txHeight) / d;
    const v =
      this.txSlope < losSlope
        ? this.clearMaxV(d, losSlope)
        : this.bullingtonV(d, hrs, this.txSlope, -Infinity, this.rxTangentSlope(d, hrs));
    return v > -0.78 ? bullingtonCorrectedDb(v, d) : 0;
  }

  /**
   * Largest Fresnel–Kirchhoff v over the vertices for a receiver at distanceM whose line of sight from the Tx has
   * slope losSlope in the sheared frame (a clear path: v is unimodal along the hull); −Infinity when empty.
   */
  clearMaxV(distanceM: number, losSlope: number): number {
    return this.hull.count === 0 ? -Infinity : this.vAt(this.clearPeak(distanceM, losSlope), distanceM, losSlope);
  }

  /** v of vertex i for a receiver at distance d on a line of sight of slope losSlope (sheared frame). */
  private vAt(i: number, d: number, losSlope: number): number {
    const x = this.hull.d[i] as number;
    return (
      ((this.hull.h[i] as number) - this.txHeight - losSlope * x) *
      Math.sqrt((2 * d) / (this.wavelengthM * x * (d - x)))
    );
  }

  /** Index of the vertex of largest v on a clear path (count ≥ 1): binary search, v compared by sign and square. */
  private clearPeak(d: number, losSlope: number): number {
    const { d: hd, h: hh } = this.hull;
    const hts = this.txHeight;
    let lo = 0;
    let hi = this.hull.count - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const d0 = hd[mid] as number;
      const d1 = hd[mid + 1] as number;
      const a0 = (hh[mid] as number) - hts - losSlope * d0;
      const a1 = (hh[mid + 1] as number) - hts - losSlope * d1;
      // v = a·√(2d/(λ·x·(d − x))): v0 < v1 from the signs of a and the squares, without a root per step.
      const s0 = a0 * a0 * d1 * (d - d1);
      const s1 = a1 * a1 * d0 * (d - d0);
      const rising = a0 < 0 ? a1 >= 0 || s0 > s1 : a1 >= 0 && s0 < s1;
      if (rising) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Steepest slope from a receiver at (distanceM, sheared height hrs) up to a vertex; −Infinity when empty. */
  rxTangentSlope(distanceM: number, hrs: number): number {
    const hull = this.hull;
    if (hull.count === 0) return -Infinity;
    const t = hull.tangentFromRight(distanceM, hrs);
    return ((hull.h[t] as number) - hrs) / (distanceM - (hull.d[t] as number));
  }

  /**
   * Bullington's v from the path's extremes (ITU-R P.526-15 §4.5.1): the steepest slope from the Tx (txSlope), and
   * for a clear path (txSlope < the line of sight's) the largest v of any point (clearV), else the steepest slope
   * from the Rx (rxSlope). Heights sheared; hrs the Rx antenna's.
   */
  bullingtonV(distanceM: number, hrs: number, txSlope: number, clearV: number, rxSlope: number): number {
    const hts = this.txHeight;
    const d = distanceM;
    if (txSlope < (hrs - hts) / d) return clearV;
    const db = (hrs - hts + rxSlope * d) / (txSlope + rxSlope);
    const hb = hts + txSlope * db;
    return (hb - (hts * (d - db) + hrs * db) / d) * Math.sqrt((2 * d) / (this.wavelengthM * db * (d - db)));
  }

  /** lossDb with the equivalent edge (or, on a clear path, the point of largest v). */
  evaluate(distanceM: number, rxHeightM: number): BullingtonEdge {
    const { hull, twoA, wavelengthM: lambda, txHeight: hts } = this;
    const d = distanceM;
    if (hull.count === 0) return { lossDb: 0, v: -Infinity, distanceM: NaN, shearedHeightM: NaN };
    const hrs = rxHeightM - (d * d) / twoA;
    const losSlope = (hrs - hts) / d;
    let losMaxV = -Infinity;
    let losIndex = -1;
    let rxSlope = -Infinity;
    if (this.txSlope < losSlope) {
      losIndex = this.clearPeak(d, losSlope);
      losMaxV = this.vAt(losIndex, d, losSlope);
    } else rxSlope = this.rxTangentSlope(d, hrs);
    const r = bullingtonFromSlopes({
      txHeightM: hts,
      rxHeightM: hrs,
      totalDistanceM: d,
      wavelengthM: lambda,
      txSlope: this.txSlope,
      rxSlope,
      losMaxV,
    });
    const los = losIndex >= 0;
    return {
      lossDb: r.v > -0.78 ? r.lossDb : 0,
      v: r.v,
      distanceM: los ? (hull.d[losIndex] as number) : r.edgeDistanceM,
      shearedHeightM: los ? (hull.h[losIndex] as number) : r.edgeHeightM,
    };
  }
}

/**
 * Bullington loss in dB over a smooth spherical Earth (all heights zero) between antennas txAntennaM and
 * rxAntennaM above it, distanceM apart: P.1812-6 §4.3.4's L_bulls, taken as the supremum over the continuous
 * surface (so any sampled profile of flat ground gives at most this much). Slopes in closed form, the clear-path
 * v_max by golden-section search (v is unimodal along a concave surface).
 */
export function smoothEarthBullingtonDb(args: {
  txAntennaM: number;
  rxAntennaM: number;
  distanceM: number;
  wavelengthM: number;
  /** 2·k·R, m. */
  twoA: number;
}): number {
  const { txAntennaM: ht, rxAntennaM: hr, distanceM: d, wavelengthM: lambda, twoA } = args;
  if (!(d > 0)) return 0;
  const hrs = hr - (d * d) / twoA;
  const losSlope = (hrs - ht) / d;
  const xStar = Math.sqrt(ht * twoA);
  const txSlope = xStar < d ? -2 * Math.sqrt(ht / twoA) : -d / twoA - ht / d;
  let losMaxV = -Infinity;
  let rxSlope = -Infinity;
  if (txSlope < losSlope) {
    const v = (x: number) => (-(x * x) / twoA - ht - losSlope * x) * Math.sqrt((2 * d) / (lambda * x * (d - x)));
    let a = d * 1e-6;
    let b = d * (1 - 1e-6);
    const g = (Math.sqrt(5) - 1) / 2;
    let x1 = b - g * (b - a);
    let x2 = a + g * (b - a);
    let v1 = v(x1);
    let v2 = v(x2);
    for (let i = 0; i < 60; i++) {
      if (v1 < v2) {
        a = x1;
        [x1, v1] = [x2, v2];
        x2 = a + g * (b - a);
        v2 = v(x2);
      } else {
        b = x2;
        [x2, v2] = [x1, v1];
        x1 = b - g * (b - a);
        v1 = v(x1);
      }
    }
    losMaxV = Math.max(v1, v2);
  } else {
    const yStar = Math.sqrt(hr * twoA);
    rxSlope = yStar < d ? (2 * d - yStar) / twoA - hr / yStar : d / twoA - hr / d;
  }
  const r = bullingtonFromSlopes({
    txHeightM: ht,
    rxHeightM: hrs,
    totalDistanceM: d,
    wavelengthM: lambda,
    txSlope,
    rxSlope,
    losMaxV,
  });
  return r.v > -0.78 ? r.lossDb : 0;
}

/**
 * L_bulls of smoothEarthBullingtonDb tabulated every stepM up to maxDistanceM (entry i at i·stepM), made
 * non-decreasing: read at the knot at or above a distance (⌈d/stepM⌉) it is an upper bound, so a flat model never
 * shows terrain loss by rounding.
 */
export function smoothEarthTable(
  args: Omit<Parameters<typeof smoothEarthBullingtonDb>[0], 'distanceM'>,
  maxDistanceM: number,
  stepM: number,
): Float64Array {
  const n = Math.max(2, Math.ceil(maxDistanceM / stepM) + 2);
  const table = new Float64Array(n);
  let running = 0;
  for (let i = 0; i < n; i++) {
    running = Math.max(running, smoothEarthBullingtonDb({ ...args, distanceM: i * stepM }));
    table[i] = running;
  }
  return table;
}
