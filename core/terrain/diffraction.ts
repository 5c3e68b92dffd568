/** v below which ITU-R P.526 eq. 31 sets the knife-edge loss to 0 dB. */
export const KNIFE_EDGE_V_MIN = -0.78;

/**
 * Single knife-edge diffraction loss J(v) in dB, ITU-R P.526 eq. 31 approximation:
 * 6.9 + 20·log10(√((v − 0.1)² + 1) + v − 0.1) for v > −0.78, else 0 (within ±0.5 dB of the exact
 * Fresnel-integral value, J(0) ≈ 6.03 dB against the exact 6.02 dB).
 */
export function knifeEdgeLossDb(v: number): number {
  if (!(v > KNIFE_EDGE_V_MIN)) return 0;
  const a = v - 0.1;
  return 6.9 + 20 * Math.log10(Math.sqrt(a * a + 1) + a);
}

/**
 * Fresnel–Kirchhoff parameter v of an edge h m above the line between its neighbours, d1 and d2 m from them:
 * v = h·√(2/λ · (1/d1 + 1/d2)) (ITU-R P.526 eq. 26). Negative h (edge below the line) gives negative v.
 */
export function fresnelParameterV(heightM: number, d1M: number, d2M: number, wavelengthM: number): number {
  return heightM * Math.sqrt((2 / wavelengthM) * (1 / d1M + 1 / d2M));
}

/**
 * A path for the multi-edge methods: Tx at distance 0, Rx at totalDistanceM, and the interior terrain points
 * between them. Heights are in m on one vertical datum and must already include Earth curvature (ground +
 * bulge, or any shear of it such as ground − d²/(2kR): the methods are invariant to adding a linear function of
 * distance to every height). NaN heights are skipped.
 */
export interface KnifeEdgePath {
  /** Interior points' distances from the Tx, m, increasing, strictly between 0 and totalDistanceM. */
  distancesM: ArrayLike<number>;
  heightsM: ArrayLike<number>;
  /** How many leading entries of the arrays to use (default: all). */
  count?: number;
  txHeightM: number;
  rxHeightM: number;
  totalDistanceM: number;
  wavelengthM: number;
  /**
   * Deygout only: neighbouring points at most this far apart belong to one ridge (unless a valley deeper than
   * RIDGE_VALLEY_MIN_M lies between), m. Profiles over a raster pass ~1.5 pixels; default 0: every point is a
   * separate knife edge (the classic construction over a list of obstacles).
   */
  mergeGapM?: number;
}

/** One diffracting edge as reported for the profile chart. */
export interface DiffractionEdge {
  /** Distance from the Tx, m. */
  distanceM: number;
  /** Height of the edge (or of Bullington's equivalent edge), m on the path's datum. */
  heightM: number;
  v: number;
  /** J(v) of this edge alone, dB. */
  lossDb: number;
}

export interface DiffractionResult {
  /** Total diffraction loss, dB ≥ 0. */
  lossDb: number;
  /** Edges that contribute (v > −0.78); empty on a clear path. */
  edges: DiffractionEdge[];
}

interface EdgeCandidate {
  index: number;
  v: number;
}

/** A dip must be deeper than this (m) to split two crests into separate Deygout edges; shallower ones are one ridge. */
export const RIDGE_VALLEY_MIN_M = 0.5;

/**
 * Interior point of `path` with index in [from, to) and the largest v relative to the line from (dA, hA) to
 * (dB, hB); only points strictly between dA and dB count.
 */
function maxVBetween(
  path: KnifeEdgePath,
  dA: number,
  hA: number,
  dB: number,
  hB: number,
  from = 0,
  to = path.count ?? path.distancesM.length,
): EdgeCandidate | undefined {
  const { distancesM, heightsM, wavelengthM } = path;
  let best: EdgeCandidate | undefined;
  const span = dB - dA;
  for (let i = from; i < to; i++) {
    const d = distancesM[i] as number;
    if (d <= dA || d >= dB) continue;
    const h = heightsM[i] as number;
    if (Number.isNaN(h)) continue;
    const line = hA + ((hB - hA) * (d - dA)) / span;
    const v = (h - line) * Math.sqrt((2 * span) / (wavelengthM * (d - dA) * (dB - d)));
    if (!best || v > best.v) best = { index: i, v };
  }
  return best;
}

/**
 * The run of points that belong to the same ridge as point `index`: walking away from it in `step` direction over
 * neighbours at most mergeGapM apart, while the ground does not rise more than RIDGE_VALLEY_MIN_M above the lowest
 * point passed, i.e. down the ridge's flank to the next valley. Returns the last index of the run.
 */
function ridgeEnd(path: KnifeEdgePath, index: number, step: 1 | -1): number {
  const count = path.count ?? path.distancesM.length;
  const gap = path.mergeGapM ?? 0;
  let lowest = path.heightsM[index] as number;
  let end = index;
  for (let i = index + step; i >= 0 && i < count; i += step) {
    const h = path.heightsM[i] as number;
    if (Number.isNaN(h)) continue;
    if (Math.abs((path.distancesM[i] as number) - (path.distancesM[end] as number)) > gap) break;
    if (h > lowest + RIDGE_VALLEY_MIN_M) break;
    lowest = Math.min(lowest, h);
    end = i;
  }
  return end;
}

function toEdge(path: KnifeEdgePath, c: EdgeCandidate): DiffractionEdge {
  return {
    distanceM: path.distancesM[c.index] as number,
    heightM: path.heightsM[c.index] as number,
    v: c.v,
    lossDb: knifeEdgeLossDb(c.v),
  };
}

/**
 * Multiple knife-edge loss in dB by the Deygout construction (up to 3 edges, ITU-R P.526 multiple-edge
 * principle): the main edge with the largest v over the Tx–Rx line, then on each side of its ridge the edge with
 * the largest v over the line from the terminal to the main edge's top; total = ΣJ(v). Points of the main edge's
 * own ridge (down its flanks to a valley at least RIDGE_VALLEY_MIN_M deep) are never a second edge, so a crest
 * sampled by several adjacent points counts once. Known to be pessimistic for close, similar edges (no
 * empirical correction applied).
 */
export function deygoutLoss(path: KnifeEdgePath, maxEdges: 1 | 2 | 3 = 3): DiffractionResult {
  const { txHeightM, rxHeightM, totalDistanceM: d } = path;
  const count = path.count ?? path.distancesM.length;
  const main = maxVBetween(path, 0, txHeightM, d, rxHeightM);
  if (!main || !(main.v > KNIFE_EDGE_V_MIN)) return { lossDb: 0, edges: [] };
  const mainEdge = toEdge(path, main);
  const sides: DiffractionEdge[] = [];
  if (maxEdges > 1) {
    const left = ridgeEnd(path, main.index, -1);
    const right = ridgeEnd(path, main.index, 1);
    const tx = maxVBetween(path, 0, txHeightM, mainEdge.distanceM, mainEdge.heightM, 0, left);
    const rx = maxVBetween(path, mainEdge.distanceM, mainEdge.heightM, d, rxHeightM, right + 1, count);
    for (const c of [tx, rx]) if (c && c.v > KNIFE_EDGE_V_MIN) sides.push(toEdge(path, c));
    if (maxEdges === 2 && sides.length === 2) sides.splice(sides[0]!.v >= sides[1]!.v ? 1 : 0, 1);
  }
  const edges = [mainEdge, ...sides].sort((a, b) => a.distanceM - b.distanceM);
  return { lossDb: edges.reduce((sum, e) => sum + e.lossDb, 0), edges };
}

/**
 * Bullington loss in dB from the path's slopes (ITU-R P.526-15 §4.5.1 eqs. 50–57, heights with curvature
 * applied): LOS (S_tim < S_tr) → J(v_max); otherwise J(v_b) of the equivalent edge where the steepest Tx and Rx
 * tangents meet; then L_b = L_uc + (1 − e^(−L_uc/6))·(10 + 0.02·d_km). Shared by bullingtonLoss and the grid sweep.
 */
export function bullingtonFromSlopes(args: {
  txHeightM: number;
  rxHeightM: number;
  totalDistanceM: number;
  wavelengthM: number;
  /** max (h_i − h_ts)/d_i. */
  txSlope: number;
  /** max (h_i − h_rs)/(d − d_i). */
  rxSlope: number;
  /** Largest v of any interior point over the Tx–Rx line (used when the path is LOS). */
  losMaxV: number;
}): { lossDb: number; edgeDistanceM: number; edgeHeightM: number; v: number } {
  const { txHeightM: hts, rxHeightM: hrs, totalDistanceM: d, wavelengthM, txSlope, rxSlope } = args;
  let v: number;
  let edgeDistanceM = NaN;
  let edgeHeightM = NaN;
  if (txSlope < (hrs - hts) / d) {
    v = args.losMaxV;
  } else {
    edgeDistanceM = equivalentEdgeDistanceM(hts, hrs, d, txSlope, rxSlope);
    edgeHeightM = hts + txSlope * edgeDistanceM;
    v = vOverLine(hts, hrs, d, wavelengthM, edgeDistanceM, edgeHeightM);
  }
  return { lossDb: bullingtonCorrectedDb(v, d), edgeDistanceM, edgeHeightM, v };
}

/** Distance from the Tx where the steepest Tx and Rx tangents meet: Bullington's equivalent edge (P.526-15 eq. 52). */
export function equivalentEdgeDistanceM(hts: number, hrs: number, d: number, txSlope: number, rxSlope: number): number {
  return (hrs - hts + rxSlope * d) / (txSlope + rxSlope);
}

/** v of a point (x from the Tx, height h) over the line from the Tx (height hts) to the Rx (hrs, at d): eq. 26. */
export function vOverLine(hts: number, hrs: number, d: number, wavelengthM: number, x: number, h: number): number {
  return fresnelParameterV(h - (hts * (d - x) + hrs * x) / d, x, d - x, wavelengthM);
}

/** L_b = L_uc + (1 − e^(−L_uc/6))·(10 + 0.02·d_km) with L_uc = J(v), dB (ITU-R P.526-15 §4.5.1 eq. 57). */
export function bullingtonCorrectedDb(v: number, distanceM: number): number {
  const luc = knifeEdgeLossDb(v);
  return luc > 0 ? luc + (1 - Math.exp(-luc / 6)) * (10 + (0.02 * distanceM) / 1000) : 0;
}

/** Bullington equivalent-knife-edge loss in dB with P.526-15 eq. 57's correction (see bullingtonFromSlopes). */
export function bullingtonLoss(path: KnifeEdgePath): DiffractionResult {
  const { distancesM, heightsM, txHeightM: hts, rxHeightM: hrs, totalDistanceM: d } = path;
  const count = path.count ?? distancesM.length;
  let txSlope = -Infinity;
  let rxSlope = -Infinity;
  for (let i = 0; i < count; i++) {
    const di = distancesM[i] as number;
    const hi = heightsM[i] as number;
    if (Number.isNaN(hi) || di <= 0 || di >= d) continue;
    txSlope = Math.max(txSlope, (hi - hts) / di);
    rxSlope = Math.max(rxSlope, (hi - hrs) / (d - di));
  }
  if (txSlope === -Infinity) return { lossDb: 0, edges: [] };
  const losEdge = maxVBetween(path, 0, hts, d, hrs);
  const r = bullingtonFromSlopes({ ...path, txSlope, rxSlope, losMaxV: losEdge?.v ?? -Infinity });
  if (!(r.v > KNIFE_EDGE_V_MIN)) return { lossDb: 0, edges: [] };
  const isLos = Number.isNaN(r.edgeDistanceM);
  const edge: DiffractionEdge = {
    distanceM: isLos ? (distancesM[losEdge!.index] as number) : r.edgeDistanceM,
    heightM: isLos ? (heightsM[losEdge!.index] as number) : r.edgeHeightM,
    v: r.v,
    lossDb: knifeEdgeLossDb(r.v),
  };
  return { lossDb: r.lossDb, edges: [edge] };
}
