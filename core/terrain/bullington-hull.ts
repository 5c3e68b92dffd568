import { bullingtonCorrectedTableDb } from './bullington-table';
import {
  bullingtonCorrectedDb,
  bullingtonFromSlopes,
  equivalentEdgeDistanceM,
  KNIFE_EDGE_V_MIN,
  vOverLine,
} from './diffraction';
import { UpperHull } from './upper-hull';

const NO_POINTS = new Float64Array(0);

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
 * obstructed, and from the hull vertex of largest v (v is unimodal along the hull) when it is clear. A few more
 * points can join one evaluation without entering the hull (pathV: the sweep's last stretch to each pixel).
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
    return bullingtonCorrectedDb(this.pathV(distanceM, rxHeightM), distanceM);
  }

  /**
   * lossDb over the hull's points and `count` more (distances `extraD` beyond the hull's, heights `extraH` above
   * sea level, NaN skipped) that stay out of the hull, with eq. 57 from tables (bullington-table.ts): the sweep's
   * pixel with the last stretch along its own ray.
   */
  lossWithDb(distanceM: number, rxHeightM: number, extraD: Float64Array, extraH: Float64Array, count: number): number {
    return bullingtonCorrectedTableDb(this.pathV(distanceM, rxHeightM, extraD, extraH, count), distanceM);
  }

  /**
   * Bullington's v (P.526-15 §4.5.1) to a receiver at distanceM, antenna rxHeightM above sea level, over the hull
   * and `count` extra points: on a clear path the largest v of the hull's vertices and the extra points, else the
   * equivalent edge of the steepest slopes from the Tx and the Rx. −Infinity without points.
   */
  pathV(
    distanceM: number,
    rxHeightM: number,
    extraD: Float64Array = NO_POINTS,
    extraH: Float64Array = NO_POINTS,
    count = 0,
  ): number {
    const { twoA, wavelengthM: lambda, txHeight: hts } = this;
    const d = distanceM;
    const hrs = rxHeightM - (d * d) / twoA;
    let txSlope = this.txSlope;
    for (let i = 0; i < count; i++) {
      const x = extraD[i] as number;
      const slope = ((extraH[i] as number) - (x * x) / twoA - hts) / x;
      if (slope > txSlope) txSlope = slope;
    }
    if (txSlope < (hrs - hts) / d) {
      let v = this.hull.count === 0 ? -Infinity : this.vAt(this.clearPeak(d, hrs), d, hrs);
      for (let i = 0; i < count; i++) {
        const x = extraD[i] as number;
        const vi = vOverLine(hts, hrs, d, lambda, x, (extraH[i] as number) - (x * x) / twoA);
        if (vi > v) v = vi;
      }
      return v;
    }
    let rxSlope = this.rxTangentSlope(d, hrs);
    for (let i = 0; i < count; i++) {
      const x = extraD[i] as number;
      const slope = ((extraH[i] as number) - (x * x) / twoA - hrs) / (d - x);
      if (slope > rxSlope) rxSlope = slope;
    }
    const db = equivalentEdgeDistanceM(hts, hrs, d, txSlope, rxSlope);
    return vOverLine(hts, hrs, d, lambda, db, hts + txSlope * db);
  }

  /** v of vertex i for a receiver at distance d, antenna at hrs (sheared frame). */
  private vAt(i: number, d: number, hrs: number): number {
    return vOverLine(this.txHeight, hrs, d, this.wavelengthM, this.hull.d[i] as number, this.hull.h[i] as number);
  }

  /** Index of the vertex of largest v on a clear path (count ≥ 1): binary search, v compared by sign and square. */
  private clearPeak(d: number, hrs: number): number {
    const { d: hd, h: hh } = this.hull;
    const hts = this.txHeight;
    const losSlope = (hrs - hts) / d;
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
  private rxTangentSlope(distanceM: number, hrs: number): number {
    const hull = this.hull;
    if (hull.count === 0) return -Infinity;
    const t = hull.tangentFromRight(distanceM, hrs);
    return ((hull.h[t] as number) - hrs) / (distanceM - (hull.d[t] as number));
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
      losIndex = this.clearPeak(d, hrs);
      losMaxV = this.vAt(losIndex, d, hrs);
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
      lossDb: r.v > KNIFE_EDGE_V_MIN ? r.lossDb : 0,
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
export function smoothEarthBullingtonDb(args: SmoothEarthPath): number {
  return bullingtonCorrectedDb(smoothEarthBullingtonV(args), args.distanceM);
}

interface SmoothEarthPath {
  txAntennaM: number;
  rxAntennaM: number;
  distanceM: number;
  wavelengthM: number;
  /** 2·k·R, m. */
  twoA: number;
}

/** Bullington's v of smoothEarthBullingtonDb (−Infinity at distance 0). */
function smoothEarthBullingtonV(args: SmoothEarthPath): number {
  const { txAntennaM: ht, rxAntennaM: hr, distanceM: d, wavelengthM: lambda, twoA } = args;
  if (!(d > 0)) return -Infinity;
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
  return bullingtonFromSlopes({
    txHeightM: ht,
    rxHeightM: hrs,
    totalDistanceM: d,
    wavelengthM: lambda,
    txSlope,
    rxSlope,
    losMaxV,
  }).v;
}

/**
 * L_bulls of smoothEarthBullingtonDb tabulated every stepM up to maxDistanceM (entry i at i·stepM), made
 * non-decreasing: read at the knot at or above a distance (⌈d/stepM⌉) it is an upper bound, so a flat model never
 * shows terrain loss by rounding. Eq. 57 from the same tables as ObstacleHull.lossWithDb (monotone in v), so the
 * sweep's loss over a flat model never exceeds it by the tables' interpolation either.
 */
export function smoothEarthTable(
  args: Omit<SmoothEarthPath, 'distanceM'>,
  maxDistanceM: number,
  stepM: number,
): Float64Array {
  const n = Math.max(2, Math.ceil(maxDistanceM / stepM) + 2);
  const table = new Float64Array(n);
  let running = 0;
  for (let i = 0; i < n; i++) {
    const d = i * stepM;
    running = Math.max(running, bullingtonCorrectedTableDb(smoothEarthBullingtonV({ ...args, distanceM: d }), d));
    table[i] = running;
  }
  return table;
}
