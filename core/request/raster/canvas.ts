/** An RGB raster (8 bits per channel, row-major, y down) with anti-aliased non-zero polygon filling. */
export class Raster {
  readonly data: Uint8Array;
  constructor(
    readonly width: number,
    readonly height: number,
    background: [number, number, number] = [255, 255, 255],
  ) {
    this.data = new Uint8Array(width * height * 3);
    for (let i = 0; i < width * height; i++) this.data.set(background, i * 3);
  }

  /**
   * Fills rings (pixel coordinates, y down) with the non-zero rule in `color` (0…255) at opacity `alpha`. Four sub-rows
   * per pixel row and exact horizontal span coverage give the anti-aliasing.
   */
  fill(rings: readonly (readonly [number, number][])[], color: [number, number, number], alpha: number): void {
    const edges: { x0: number; y0: number; x1: number; y1: number; dir: number }[] = [];
    let minY = Infinity;
    let maxY = -Infinity;
    for (const ring of rings) {
      for (let i = 0; i < ring.length; i++) {
        const a = ring[i] as [number, number];
        const b = ring[(i + 1) % ring.length] as [number, number];
        if (a[1] === b[1]) continue;
        const dir = a[1] < b[1] ? 1 : -1;
        const [p, q] = dir === 1 ? [a, b] : [b, a];
        edges.push({ x0: p[0], y0: p[1], x1: q[0], y1: q[1], dir });
        minY = Math.min(minY, p[1]);
        maxY = Math.max(maxY, q[1]);
      }
    }
    if (edges.length === 0) return;
    edges.sort((e, f) => e.y0 - f.y0);
    const SS = 4;
    const cov = new Float32Array(this.width + 2);
    const rowStart = Math.max(0, Math.floor(minY));
    const rowEnd = Math.min(this.height - 1, Math.ceil(maxY));
    let first = 0;
    const active: typeof edges = [];
    const xs: { x: number; dir: number }[] = [];
    for (let row = rowStart; row <= rowEnd; row++) {
      cov.fill(0);
      let touched = false;
      for (let s = 0; s < SS; s++) {
        const y = row + (s + 0.5) / SS;
        while (first < edges.length && (edges[first] as (typeof edges)[number]).y0 <= y)
          active.push(edges[first++] as (typeof edges)[number]);
        xs.length = 0;
        for (let k = active.length - 1; k >= 0; k--) {
          const e = active[k] as (typeof edges)[number];
          if (e.y1 <= y) {
            active.splice(k, 1);
            continue;
          }
          if (e.y0 > y) continue;
          xs.push({ x: e.x0 + ((y - e.y0) * (e.x1 - e.x0)) / (e.y1 - e.y0), dir: e.dir });
        }
        if (xs.length < 2) continue;
        xs.sort((a, b) => a.x - b.x);
        let winding = 0;
        for (let k = 0; k < xs.length - 1; k++) {
          winding += (xs[k] as { dir: number }).dir;
          if (winding === 0) continue;
          const a = Math.max(0, (xs[k] as { x: number }).x);
          const b = Math.min(this.width, (xs[k + 1] as { x: number }).x);
          if (b <= a) continue;
          touched = true;
          const ia = Math.floor(a);
          const ib = Math.floor(b);
          if (ia === ib) cov[ia]! += (b - a) / SS;
          else {
            cov[ia]! += (ia + 1 - a) / SS;
            for (let x = ia + 1; x < ib; x++) cov[x]! += 1 / SS;
            if (ib < this.width) cov[ib]! += (b - ib) / SS;
          }
        }
      }
      if (!touched) continue;
      const base = row * this.width * 3;
      for (let x = 0; x < this.width; x++) {
        const c = cov[x] as number;
        if (c <= 0) continue;
        const t = Math.min(1, c) * alpha;
        const i = base + x * 3;
        this.data[i] = Math.round(this.data[i]! * (1 - t) + color[0] * t);
        this.data[i + 1] = Math.round(this.data[i + 1]! * (1 - t) + color[1] * t);
        this.data[i + 2] = Math.round(this.data[i + 2]! * (1 - t) + color[2] * t);
      }
    }
  }
}

/** Counter-clockwise (y down: clockwise on screen) copy, so strokes built of pieces union under non-zero. */
function ccw(ring: [number, number][]): [number, number][] {
  let s = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++)
    s += (ring[j]![0] - ring[i]![0]) * (ring[j]![1] + ring[i]![1]);
  return s < 0 ? [...ring].reverse() : ring;
}

/** A circle as a polygon of `n` vertices. */
export function circlePolygon(x: number, y: number, r: number, n = 24): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i < n; i++)
    out.push([x + r * Math.cos((2 * Math.PI * i) / n), y + r * Math.sin((2 * Math.PI * i) / n)]);
  return ccw(out);
}

/** The outline of a stroked polyline (segments as quads, round joins), one ring per piece, consistently wound. */
export function strokeRings(points: readonly [number, number][], width: number, closed: boolean): [number, number][][] {
  const out: [number, number][][] = [];
  const h = width / 2;
  const n = closed ? points.length : points.length - 1;
  for (let i = 0; i < n; i++) {
    const a = points[i] as [number, number];
    const b = points[(i + 1) % points.length] as [number, number];
    const len = Math.hypot(b[0] - a[0], b[1] - a[1]);
    if (len === 0) continue;
    const nx = (-(b[1] - a[1]) / len) * h;
    const ny = ((b[0] - a[0]) / len) * h;
    out.push(
      ccw([
        [a[0] + nx, a[1] + ny],
        [b[0] + nx, b[1] + ny],
        [b[0] - nx, b[1] - ny],
        [a[0] - nx, a[1] - ny],
      ]),
    );
    if (h > 0.6) out.push(circlePolygon(b[0], b[1], h, 8));
  }
  return out;
}
