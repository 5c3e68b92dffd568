import type { GridSpec } from '../geo/grid';
import { ObstacleHull, smoothEarthTable } from './bullington-hull';
import { demResolutionM, type Dem } from './dem';
import { FOOTPRINT_PIXELS, heightAt, LatticeRay } from './lattice-ray';

const FOOTPRINT: number = FOOTPRINT_PIXELS;
import { groundFromSurface, groundHeightAt, type ElevationModels } from './models';
import { EARTH_RADIUS_M, K_FACTOR_STANDARD, wavelengthM } from './profile';
import type { TerrainTerminal } from './terrain-loss';

const TWO_PI = 2 * Math.PI;

/** Pixel rules of a sweep: no elevation data (statistical model), DTM excess, DSM surface. */
export const RULE_NONE = 0;
export const RULE_DTM = 1;
export const RULE_DSM = 2;

/** Radials are this many model pixels apart at the farthest pixel (a pixel's radial passes ≤ ½ pixel from it). */
export const RADIAL_SPACING_PIXELS = 1;
/**
 * The last stretch before each pixel is walked along the pixel's own ray, where the receiver's surroundings
 * decide its loss: at least this many metres over a DTM…
 */
export const NEAR_OWN_RAY_M = 50;
/** …over a surface model (buildings next to the receiver)… */
export const NEAR_OWN_RAY_SURFACE_M = 100;
/** …and at least this many model pixels. */
export const NEAR_OWN_RAY_PIXELS = 4;
export interface TerrainSweepOptions {
  /** Receiver antenna height above its ground, m. */
  rxHeightM: number;
  fcGHz: number;
  /** Effective-Earth-radius factor, default 4/3. */
  kFactor?: number;
  /** Pixels farther from the Tx than this stay RULE_NONE (beyond the cell's reach), m; default: the whole grid. */
  maxDistanceM?: number;
  /**
   * Reach by bearing: entry b bounds the distance (m) in math angles [b, b + 1)·2π/length from east, anticlockwise
   * (core/coverage/terrain-reach.ts); pixels beyond stay RULE_NONE. Within maxDistanceM.
   */
  reachByBearing?: Float64Array;
}

export interface TerrainSweep {
  /** Terrain loss in dB per pixel under its rule (terrainLinkLoss's terrainLossDb); NaN where the rule is NONE. */
  lossDb: Float32Array;
  /** RULE_NONE / RULE_DTM / RULE_DSM per pixel. */
  rule: Uint8Array;
}

/**
 * Terrain loss of every pixel of `grid` as a receiver, from one transmitter (all sectors of a site share it), by a
 * radial sweep: radials from the Tx one model pixel apart at the farthest pixel, each walked once with LatticeRay
 * into an ObstacleHull (the walker and hull the link calculator uses). A pixel is evaluated on its nearest
 * radial with the obstacles up to NEAR_OWN_RAY_M before it, plus the last stretch walked along its own ray (then
 * undone), at its own distance and ground height: so the pixel and the link to its centre see the same near
 * obstacles and differ only by the radial's sideways offset (< ½ pixel) far from the receiver. DTM pixels get the excess
 * over a smooth Earth, DSM pixels (where a surface model has data) the full Bullington loss over the surface.
 */
export function terrainSweep(
  models: ElevationModels,
  tx: TerrainTerminal,
  grid: GridSpec,
  options: TerrainSweepOptions,
): TerrainSweep {
  const n = grid.width * grid.height;
  const out: TerrainSweep = { lossDb: new Float32Array(n).fill(NaN), rule: new Uint8Array(n) };
  const txGround = groundHeightAt(models, tx.e, tx.n);
  if (Number.isNaN(txGround) || n === 0) return out;
  if (models.dsm) {
    // Surface rule where the DSM has data; terminals on the DTM, else on the ground estimated under the DSM.
    const ground = models.dtm ?? groundFromSurface(models.dsm);
    const estimate = models.dtm ? groundFromSurface(models.dsm) : null;
    sweepPass(out, RULE_DSM, models.dsm, models.dtm, tx, txGround, grid, options, {
      require: models.dsm,
      exclude: null,
      ground,
      groundFallback: estimate,
    });
  }
  if (models.dtm) {
    const dtmGround = heightAt(models.dtm, tx.e, tx.n);
    if (!Number.isNaN(dtmGround))
      sweepPass(out, RULE_DTM, models.dtm, null, tx, dtmGround, grid, options, {
        require: null,
        exclude: models.dsm,
        ground: models.dtm,
        groundFallback: null,
      });
  }
  return out;
}

interface Scratch {
  index: Int32Array;
  dist: Float64Array;
  ground: Float32Array;
  radial: Int32Array;
  byRing: Int32Array;
  items: Int32Array;
  /** Distances in sweep order (radial, then distance): the sweep reads its pixels sequentially. */
  sortedDist: Float64Array;
}
let scratch: Scratch | null = null;

/** Work arrays for `n` pixels, kept between sweeps (a coverage job sweeps once per site). */
function scratchFor(n: number): Scratch {
  if (!scratch || scratch.index.length < n) {
    const size = Math.max(n, Math.ceil((scratch?.index.length ?? 0) * 1.5));
    scratch = {
      index: new Int32Array(size),
      dist: new Float64Array(size),
      ground: new Float32Array(size),
      radial: new Int32Array(size),
      byRing: new Int32Array(size),
      items: new Int32Array(size),
      sortedDist: new Float64Array(size),
    };
  }
  return scratch;
}

/** One pass over the pixels of a rule: those where `require` has data, `exclude` has none and there is ground. */
function sweepPass(
  out: TerrainSweep,
  rule: number,
  surface: Dem,
  fallback: Dem | null,
  tx: TerrainTerminal,
  txGround: number,
  grid: GridSpec,
  options: TerrainSweepOptions,
  pixels: { require: Dem | null; exclude: Dem | null; ground: Dem; groundFallback: Dem | null },
): void {
  const res = grid.resolutionM;
  const maxD = Math.min(options.maxDistanceM ?? Infinity, 1e7);
  const r0 = Math.max(0, Math.floor((grid.originN - tx.n - maxD) / res));
  const r1 = Math.min(grid.height - 1, Math.ceil((grid.originN - tx.n + maxD) / res));
  if (r1 < r0) return;
  const w = Math.min(grid.width, Math.ceil((2 * maxD) / res) + 2);
  const { index, dist, ground, radial } = scratchFor(w * (r1 - r0 + 1));
  // Pixels of this rule within reach, with distance and ground; their radial is set below.
  let count = 0;
  let farthest = 0;
  const maxD2 = maxD * maxD;
  const reach = options.reachByBearing ?? null;
  const bins = reach?.length ?? 1;
  const binsPerRadian = bins / TWO_PI;
  for (let r = r0; r <= r1; r++) {
    const nn = grid.originN - (r + 0.5) * res;
    const dy = nn - tx.n;
    const half = Math.sqrt(Math.max(0, maxD2 - dy * dy));
    const c0 = Math.max(0, Math.ceil((tx.e - half - grid.originE) / res - 0.5));
    const c1 = Math.min(grid.width - 1, Math.floor((tx.e + half - grid.originE) / res - 0.5));
    for (let c = c0; c <= c1; c++) {
      const e = grid.originE + (c + 0.5) * res;
      const dx = e - tx.e;
      const d = Math.sqrt(dx * dx + dy * dy);
      if (d > maxD) continue;
      // Radials are spaced for the farthest pixel within maxDistanceM, whatever the bearing reach (one lattice of
      // radials for a site, so its pixels' results do not depend on how far it reaches elsewhere).
      if (d > farthest) farthest = d;
      const theta = Math.atan2(dy, dx);
      if (reach) {
        const bin = ((theta < 0 ? theta + TWO_PI : theta) * binsPerRadian) | 0;
        if (d > (reach[bin < bins ? bin : bin - bins] as number)) continue;
      }
      if (pixels.require && Number.isNaN(heightAt(pixels.require, e, nn))) continue;
      if (pixels.exclude && !Number.isNaN(heightAt(pixels.exclude, e, nn))) continue;
      let g = heightAt(pixels.ground, e, nn);
      if (g !== g && pixels.groundFallback) g = heightAt(pixels.groundFallback, e, nn);
      if (g !== g) continue;
      index[count] = r * grid.width + c;
      dist[count] = d;
      ground[count] = g;
      radial[count] = theta * 1e6; // angle, scaled to an integer below
      count++;
    }
  }
  if (count === 0) return;

  const demRes = demResolutionM(surface);
  const nRadials = Math.max(8, Math.ceil((2 * Math.PI * farthest) / (demRes * RADIAL_SPACING_PIXELS)));
  const dTheta = (2 * Math.PI) / nRadials;
  for (let p = 0; p < count; p++) {
    let theta = (radial[p] as number) / 1e6;
    if (theta < 0) theta += 2 * Math.PI;
    radial[p] = Math.round(theta / dTheta) % nRadials;
  }
  const { starts, items } = sortByRadialThenDistance(count, nRadials, res);
  // Pixel, distance and ground in sweep order, so the sweep reads them sequentially (pixel order is scattered
  // across a radial's rows; reading through `items` cost a cache miss per array per pixel).
  const { byRing: sortedIndex, sortedDist } = scratch as Scratch;
  const sortedGround = new Float32Array(radial.buffer, 0, count);
  for (let q = 0; q < count; q++) {
    const p = items[q] as number;
    sortedIndex[q] = index[p] as number;
    sortedDist[q] = dist[p] as number;
  }
  for (let q = 0; q < count; q++) sortedGround[q] = ground[items[q] as number] as number;

  const twoA = 2 * (options.kFactor ?? K_FACTOR_STANDARD) * EARTH_RADIUS_M;
  const lambda = wavelengthM(options.fcGHz);
  const hts = txGround + tx.antennaHeightM;
  const footprint = FOOTPRINT * demRes;
  const near = Math.max(rule === RULE_DSM ? NEAR_OWN_RAY_SURFACE_M : NEAR_OWN_RAY_M, NEAR_OWN_RAY_PIXELS * demRes);
  const hull = new ObstacleHull(Math.ceil((farthest * 2) / demRes) + 16, twoA, lambda);
  const ray = new LatticeRay(surface, fallback);
  const own = new LatticeRay(surface, fallback);
  const smoothStep = Math.max(1, res / 4);
  const smooth =
    rule === RULE_DTM
      ? smoothEarthTable(
          { txAntennaM: tx.antennaHeightM, rxAntennaM: options.rxHeightM, wavelengthM: lambda, twoA },
          farthest + res,
          smoothStep,
        )
      : null;
  const rxHeight = options.rxHeightM;
  // The own stretch's points (distance, height); a lattice walk of `near` metres stops at most this often.
  const nearCap = 2 * Math.ceil(near / demRes + 2) + 4;
  let nearD: Float64Array = new Float64Array(nearCap);
  let nearH: Float64Array = new Float64Array(nearCap);
  const { lossDb, rule: rules } = out;
  const width = grid.width;
  for (let k = 0; k < nRadials; k++) {
    const from = starts[k] as number;
    const to = starts[k + 1] as number;
    if (from === to) continue;
    const theta = k * dTheta;
    const last = sortedDist[to - 1] as number;
    ray.reset(tx.e, tx.n, Math.cos(theta), Math.sin(theta), last + 2 * demRes);
    hull.reset(hts);
    ray.next(); // the Tx's own pixel
    let more = ray.next();
    let frontier = 0;
    for (let q = from; q < to; q++) {
      const d = sortedDist[q] as number;
      const pixel = sortedIndex[q] as number;
      // The radial's obstacles up to `near` before the pixel; the rest from the pixel's own ray.
      while (more && ray.distanceM < d - near) {
        if (ray.distanceM >= footprint) {
          hull.push(ray.distanceM, ray.heightM);
          frontier = ray.distanceM;
        }
        more = ray.next();
      }
      let loss = 0;
      if (d > 0) {
        // The pixel's own last stretch joins the radial's obstacles for this pixel only.
        const c = pixel % width;
        const de = grid.originE + (c + 0.5) * res - tx.e;
        const dn = grid.originN - ((pixel - c) / width + 0.5) * res - tx.n;
        own.reset(tx.e, tx.n, de / d, dn / d, d, frontier);
        const end = d - footprint;
        let m = 0;
        while (own.next() && own.distanceM <= end) {
          const x = own.distanceM;
          if (x > frontier && x >= footprint && own.heightM === own.heightM) {
            if (m === nearD.length) [nearD, nearH] = [grown(nearD), grown(nearH)];
            nearD[m] = x;
            nearH[m++] = own.heightM;
          }
        }
        loss = hull.lossWithDb(d, (sortedGround[q] as number) + rxHeight, nearD, nearH, m);
      }
      if (smooth) {
        const sm = smooth[Math.min(smooth.length - 1, Math.ceil(d / smoothStep))] as number;
        loss = loss > sm ? loss - sm : 0;
      }
      lossDb[pixel] = loss;
      rules[pixel] = rule;
    }
  }
}

/** A copy of `a` twice as long. */
function grown(a: Float64Array): Float64Array {
  const out = new Float64Array(a.length * 2);
  out.set(a);
  return out;
}

/**
 * Orders the scratch pixels by radial, and by distance within a radial: a counting sort by distance ring, a
 * stable counting sort by radial, then insertion sort inside each radial (already ordered up to a ring).
 */
function sortByRadialThenDistance(
  count: number,
  nRadials: number,
  res: number,
): { starts: Int32Array; items: Int32Array } {
  const { dist, radial, byRing, items } = scratch as Scratch;
  let maxRing = 0;
  for (let p = 0; p < count; p++) maxRing = Math.max(maxRing, Math.floor((dist[p] as number) / res));
  const ringStarts = new Int32Array(maxRing + 2);
  for (let p = 0; p < count; p++) (ringStarts[Math.floor((dist[p] as number) / res) + 1] as number)++;
  for (let i = 1; i < ringStarts.length; i++) ringStarts[i] = (ringStarts[i] as number) + (ringStarts[i - 1] as number);
  for (let p = 0; p < count; p++) {
    const ring = Math.floor((dist[p] as number) / res);
    byRing[(ringStarts[ring] as number)++] = p;
  }
  const starts = new Int32Array(nRadials + 1);
  for (let p = 0; p < count; p++) (starts[(radial[p] as number) + 1] as number)++;
  for (let i = 1; i <= nRadials; i++) starts[i] = (starts[i] as number) + (starts[i - 1] as number);
  const cursor = starts.slice(0, nRadials);
  for (let q = 0; q < count; q++) {
    const p = byRing[q] as number;
    items[(cursor[radial[p] as number] as number)++] = p;
  }
  for (let k = 0; k < nRadials; k++) {
    const first = starts[k] as number;
    for (let q = first + 1; q < (starts[k + 1] as number); q++) {
      const p = items[q] as number;
      const d = dist[p] as number;
      let j = q - 1;
      while (j >= first && (dist[items[j] as number] as number) > d) {
        items[j + 1] = items[j] as number;
        j--;
      }
      items[j + 1] = p;
    }
  }
  return { starts, items };
}
