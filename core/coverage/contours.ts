import type { GridSpec } from '../geo/grid';
import { utm32ToWgs84 } from '../geo/projection';
import type { MultiPolygon, Position } from '../project/schema';

type Pt = [number, number];
type Edge = 'T' | 'R' | 'B' | 'L';

/** Directed segments per marching-squares case (TL 8, TR 4, BR 2, BL 1), inside (≥ level) on the left. */
const CASES: Record<number, [Edge, Edge][]> = {
  1: [['B', 'L']],
  2: [['R', 'B']],
  3: [['R', 'L']],
  4: [['T', 'R']],
  6: [['T', 'B']],
  7: [['T', 'L']],
  8: [['L', 'T']],
  9: [['B', 'T']],
  11: [['R', 'T']],
  12: [['L', 'R']],
  13: [['B', 'R']],
  14: [['L', 'B']],
};
const SADDLE: Record<number, { joined: [Edge, Edge][]; split: [Edge, Edge][] }> = {
  5: {
    joined: [
      ['B', 'R'],
      ['T', 'L'],
    ],
    split: [
      ['B', 'L'],
      ['T', 'R'],
    ],
  },
  10: {
    joined: [
      ['L', 'B'],
      ['R', 'T'],
    ],
    split: [
      ['R', 'B'],
      ['L', 'T'],
    ],
  },
};

/** Signed shoelace area (counter-clockwise positive) of a closed or open ring. */
function signedArea(ring: readonly Pt[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const a = ring[i] as Pt;
    const b = ring[j] as Pt;
    sum += (b[0] + a[0]) * (b[1] - a[1]);
  }
  return -sum / 2;
}

function insideRing(p: Pt, ring: readonly Pt[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as Pt;
    const [xj, yj] = ring[j] as Pt;
    if (yi > p[1] !== yj > p[1] && p[0] < xi + ((p[1] - yi) / (yj - yi)) * (xj - xi)) inside = !inside;
  }
  return inside;
}

/**
 * Iso-polygons of `values ≥ level` on `grid` as rings in EPSG:25832 (outer rings counter-clockwise, holes
 * clockwise, each polygon = [outer, ...holes]). Marching squares between pixel centres with linear interpolation;
 * saddles resolved by the cell-centre mean; NaN counts as below the level. Outside the grid counts as below, with the
 * boundary on the grid edge, so the polygons match the covered pixels' area.
 */
export function isoPolygonsUtm(values: Float32Array, grid: GridSpec, level: number): Pt[][][] {
  const { width: w, height: h } = grid;
  const pw = w + 2;
  const ph = h + 2;
  const low = level - 50;
  const val = (c: number, r: number): number => {
    if (c < 0 || r < 0 || c >= w || r >= h) return NaN;
    const v = values[r * w + c] as number;
    return Number.isNaN(v) ? low : v;
  };
  const pad = (c: number, r: number): boolean => c < 0 || r < 0 || c >= w || r >= h;
  const hKey = (c: number, r: number) => (r + 1) * pw + (c + 1);
  const vKey = (c: number, r: number) => pw * ph + (r + 1) * pw + (c + 1);
  const next = new Int32Array(2 * pw * ph).fill(-1);
  const keyOf = (edge: Edge, c: number, r: number): number =>
    edge === 'T' ? hKey(c, r) : edge === 'B' ? hKey(c, r + 1) : edge === 'L' ? vKey(c, r) : vKey(c + 1, r);
  for (let r = -1; r < h; r++) {
    for (let c = -1; c < w; c++) {
      const tl = val(c, r) >= level ? 8 : 0;
      const tr = val(c + 1, r) >= level ? 4 : 0;
      const br = val(c + 1, r + 1) >= level ? 2 : 0;
      const bl = val(c, r + 1) >= level ? 1 : 0;
      const code = tl | tr | br | bl;
      if (code === 0 || code === 15) continue;
      let segments = CASES[code];
      const saddle = SADDLE[code];
      if (saddle) {
        const corners = [val(c, r), val(c + 1, r), val(c + 1, r + 1), val(c, r + 1)].map((v) =>
          Number.isNaN(v) ? low : v,
        );
        const centre = corners.reduce((a, b) => a + b, 0) / 4;
        segments = centre >= level ? saddle.joined : saddle.split;
      }
      for (const [from, to] of segments ?? []) next[keyOf(from, c, r)] = keyOf(to, c, r);
    }
  }
  const point = (key: number): Pt => {
    const vertical = key >= pw * ph;
    const k = vertical ? key - pw * ph : key;
    const c = (k % pw) - 1;
    const r = Math.floor(k / pw) - 1;
    const [c2, r2] = vertical ? [c, r + 1] : [c + 1, r];
    let t = 0.5;
    if (!pad(c, r) && !pad(c2, r2)) {
      const a = val(c, r);
      const b = val(c2, r2);
      t = Math.min(0.99, Math.max(0.01, (level - a) / (b - a)));
    }
    const col = vertical ? c : c + t;
    const row = vertical ? r + t : r;
    return [grid.originE + (col + 0.5) * grid.resolutionM, grid.originN - (row + 0.5) * grid.resolutionM];
  };
  const outers: { ring: Pt[]; area: number; holes: Pt[][]; box: number[] }[] = [];
  const holes: Pt[][] = [];
  for (let start = 0; start < next.length; start++) {
    if (next[start] === -1) continue;
    const ring: Pt[] = [];
    let cur = start;
    while (cur !== -1) {
      ring.push(point(cur));
      const nxt = next[cur] as number;
      next[cur] = -1;
      cur = nxt === start ? -1 : nxt;
    }
    const simplified = dropCollinear(ring);
    if (simplified.length < 3) continue;
    const area = signedArea(simplified);
    if (area > 0) outers.push({ ring: simplified, area, holes: [], box: bbox(simplified) });
    else holes.push(simplified);
  }
  outers.sort((a, b) => a.area - b.area);
  for (const hole of holes) {
    const p = hole[0] as Pt;
    const owner = outers.find(
      (o) => p[0] >= o.box[0]! && p[0] <= o.box[2]! && p[1] >= o.box[1]! && p[1] <= o.box[3]! && insideRing(p, o.ring),
    );
    owner?.holes.push(hole);
  }
  return outers.map((o) => [o.ring, ...o.holes]);
}

function bbox(ring: readonly Pt[]): number[] {
  const b = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of ring) {
    b[0] = Math.min(b[0]!, x);
    b[1] = Math.min(b[1]!, y);
    b[2] = Math.max(b[2]!, x);
    b[3] = Math.max(b[3]!, y);
  }
  return b;
}

/** Removes vertices on a straight line between their neighbours (grid-edge runs, flat interpolations). */
function dropCollinear(ring: Pt[]): Pt[] {
  const out: Pt[] = [];
  const n = ring.length;
  for (let i = 0; i < n; i++) {
    const a = ring[(i + n - 1) % n] as Pt;
    const b = ring[i] as Pt;
    const c = ring[(i + 1) % n] as Pt;
    const cross = (b[0] - a[0]) * (c[1] - b[1]) - (b[1] - a[1]) * (c[0] - b[0]);
    if (Math.abs(cross) > 1e-9) out.push(b);
  }
  return out;
}

const round8 = (x: number) => Math.round(x * 1e8) / 1e8;

/** A polygon's EPSG:25832 rings as closed WGS84 rings (8 decimals), orientation kept (RFC 7946 right-hand rule). */
function toWgs84(polygon: Pt[][]): Position[][] {
  return polygon.map((ring) => {
    const out: Position[] = [];
    for (const p of ring) {
      const [lon, lat] = utm32ToWgs84(p);
      const q: Position = [round8(lon), round8(lat)];
      const last = out[out.length - 1];
      if (!last || last[0] !== q[0] || last[1] !== q[1]) out.push(q);
    }
    out.push([...(out[0] as Position)] as Position);
    return out;
  });
}

/** Iso-area `values ≥ level` as a WGS84 MultiPolygon (RFC 7946), or null when nothing reaches the level. */
export function isoMultiPolygon(values: Float32Array, grid: GridSpec, level: number): MultiPolygon | null {
  const polygons = isoPolygonsUtm(values, grid, level)
    .map(toWgs84)
    .filter((p) => (p[0]?.length ?? 0) >= 4);
  return polygons.length > 0 ? { type: 'MultiPolygon', coordinates: polygons } : null;
}

/** Area in km² of EPSG:25832 polygons from isoPolygonsUtm (outer minus holes). */
export function utmPolygonsAreaKm2(polygons: readonly Pt[][][]): number {
  let m2 = 0;
  for (const polygon of polygons) for (const ring of polygon) m2 += signedArea(ring);
  return m2 / 1e6;
}
