import { BEARING_LUT_SIZE } from './beam-tables';
import type { CellModel, SiteGroup } from './cell-model';
import type { RowScratch, SpanGeometry } from './kernel-scratch';

/*
 * The fused kernel loops for the common case: a site whose sectors share the distance tables, are all directional,
 * sit on one carrier and have no extra loss. Per pixel: one distance, one bearing (bearingTurns written out, since
 * a call per pixel costs as much as the rest), one table interpolation; then per sector only the bearing gain.
 * They compute exactly what cellPowerMw computes for each sector.
 */

const LUT_SIZE = BEARING_LUT_SIZE;
const HALF_PI = Math.PI / 2;
const TURN = 1 / (2 * Math.PI);

/** Any number of sectors. */
export function fusedSiteSpan(
  first: CellModel,
  site: SiteGroup,
  g: SpanGeometry,
  s: RowScratch,
  bestOnly: boolean,
): void {
  const mt = first.mainRel;
  const ct = first.capRel as Float32Array;
  const inv = first.invStep;
  const count = site.cells.length;
  const az = site.fusedAzimuthTurns;
  const eirp = site.fusedEirpMw;
  const tables = site.fusedBearing;
  const indices = site.fusedIndex;
  let maxEirp = 0;
  for (let j = 0; j < count; j++) maxEirp = Math.max(maxEirp, eirp[j] as number);
  const sum = s.sums[site.fusedCarrier] as Float64Array;
  const { best, idx } = s;
  const dy = g.dy;
  const dy2 = dy * dy;
  const ay = dy < 0 ? -dy : dy;
  const res = g.res;
  const c1 = g.c1;
  let dx = g.dx0;
  for (let c = g.c0; c <= c1; c++, dx += res) {
    const x = Math.sqrt(Math.sqrt(dx * dx + dy2)) * inv;
    const k = x | 0;
    const f = x - k;
    const m0 = mt[k] as number;
    const a = m0 + f * ((mt[k + 1] as number) - m0);
    const b0 = ct[k] as number;
    const b = b0 + f * ((ct[k + 1] as number) - b0);
    let bestHere = best[c] as number;
    if (bestOnly && (a > b ? a : b) * maxEirp <= bestHere) continue;
    // bearingTurns(dx, dy), written out
    const ax = dx < 0 ? -dx : dx;
    let t = 0;
    if (ax > 0 || ay > 0) {
      const r = ax > ay ? ay / ax : ax / ay;
      const r2 = r * r;
      const at = r * (0.999866 + r2 * (-0.3302995 + r2 * (0.180141 + r2 * (-0.085133 + r2 * 0.0208351))));
      const q = (ax > ay ? HALF_PI - at : at) * TURN;
      t = dy >= 0 ? (dx >= 0 ? q : q === 0 ? 0 : 1 - q) : dx >= 0 ? 0.5 - q : 0.5 + q;
    }
    let bestIndex = idx[c] as number;
    let acc = 0;
    for (let j = 0; j < count; j++) {
      let u = t - (az[j] as number);
      if (u < 0) u += 1;
      const q = u * LUT_SIZE;
      const i0 = q | 0;
      const table = tables[j] as Float32Array;
      const g0 = table[i0] as number;
      let p = a * (g0 + (q - i0) * ((table[i0 + 1] as number) - g0));
      if (p < b) p = b;
      p *= eirp[j] as number;
      acc += p;
      if (p > bestHere) {
        bestHere = p;
        bestIndex = indices[j] as number;
      }
    }
    sum[c] = (sum[c] as number) + acc;
    best[c] = bestHere;
    idx[c] = bestIndex;
  }
}

/** The three-sector site, unrolled (the usual macro site). Ties go to the lower cell index, as in the loop. */
export function fusedThreeSectorSpan(
  first: CellModel,
  site: SiteGroup,
  g: SpanGeometry,
  s: RowScratch,
  bestOnly: boolean,
): void {
  const mt = first.mainRel;
  const ct = first.capRel as Float32Array;
  const inv = first.invStep;
  const [t0, t1, t2] = site.fusedBearing as [Float32Array, Float32Array, Float32Array];
  const z0 = site.fusedAzimuthTurns[0] as number;
  const z1 = site.fusedAzimuthTurns[1] as number;
  const z2 = site.fusedAzimuthTurns[2] as number;
  const e0 = site.fusedEirpMw[0] as number;
  const e1 = site.fusedEirpMw[1] as number;
  const e2 = site.fusedEirpMw[2] as number;
  const i0 = site.fusedIndex[0] as number;
  const i1 = site.fusedIndex[1] as number;
  const i2 = site.fusedIndex[2] as number;
  const maxEirp = Math.max(e0, e1, e2);
  const sum = s.sums[site.fusedCarrier] as Float64Array;
  const { best, idx } = s;
  const dy = g.dy;
  const dy2 = dy * dy;
  const ay = dy < 0 ? -dy : dy;
  const res = g.res;
  const c1 = g.c1;
  let dx = g.dx0;
  for (let c = g.c0; c <= c1; c++, dx += res) {
    const x = Math.sqrt(Math.sqrt(dx * dx + dy2)) * inv;
    const k = x | 0;
    const f = x - k;
    const m0 = mt[k] as number;
    const a = m0 + f * ((mt[k + 1] as number) - m0);
    const b0 = ct[k] as number;
    const b = b0 + f * ((ct[k + 1] as number) - b0);
    const bestHere = best[c] as number;
    if (bestOnly && (a > b ? a : b) * maxEirp <= bestHere) continue;
    // bearingTurns(dx, dy), written out
    const ax = dx < 0 ? -dx : dx;
    let t = 0;
    if (ax > 0 || ay > 0) {
      const r = ax > ay ? ay / ax : ax / ay;
      const r2 = r * r;
      const at = r * (0.999866 + r2 * (-0.3302995 + r2 * (0.180141 + r2 * (-0.085133 + r2 * 0.0208351))));
      const q = (ax > ay ? HALF_PI - at : at) * TURN;
      t = dy >= 0 ? (dx >= 0 ? q : q === 0 ? 0 : 1 - q) : dx >= 0 ? 0.5 - q : 0.5 + q;
    }
    let u = t - z0;
    if (u < 0) u += 1;
    let q = u * LUT_SIZE;
    let j = q | 0;
    let h = t0[j] as number;
    let p0 = a * (h + (q - j) * ((t0[j + 1] as number) - h));
    if (p0 < b) p0 = b;
    p0 *= e0;
    u = t - z1;
    if (u < 0) u += 1;
    q = u * LUT_SIZE;
    j = q | 0;
    h = t1[j] as number;
    let p1 = a * (h + (q - j) * ((t1[j + 1] as number) - h));
    if (p1 < b) p1 = b;
    p1 *= e1;
    u = t - z2;
    if (u < 0) u += 1;
    q = u * LUT_SIZE;
    j = q | 0;
    h = t2[j] as number;
    let p2 = a * (h + (q - j) * ((t2[j + 1] as number) - h));
    if (p2 < b) p2 = b;
    p2 *= e2;
    sum[c] = (sum[c] as number) + p0 + p1 + p2;
    if (p0 > bestHere || p1 > bestHere || p2 > bestHere) {
      if (p0 >= p1 && p0 >= p2) {
        best[c] = p0;
        idx[c] = i0;
      } else if (p1 >= p2) {
        best[c] = p1;
        idx[c] = i1;
      } else {
        best[c] = p2;
        idx[c] = i2;
      }
    }
  }
}

/** A site with one omni cell (small cells, masts with a collinear antenna): distance, one interpolation, done. */
export function fusedOmniSpan(m: CellModel, index: number, g: SpanGeometry, s: RowScratch, bestOnly: boolean): void {
  const mt = m.mainRel;
  const inv = m.invStep;
  const eirp = m.eirpMw;
  const sum = s.sums[m.carrier] as Float64Array;
  const { best, idx } = s;
  const dy2 = g.dy * g.dy;
  const res = g.res;
  const c1 = g.c1;
  let dx = g.dx0;
  for (let c = g.c0; c <= c1; c++, dx += res) {
    const x = Math.sqrt(Math.sqrt(dx * dx + dy2)) * inv;
    const k = x | 0;
    const m0 = mt[k] as number;
    const p = (m0 + (x - k) * ((mt[k + 1] as number) - m0)) * eirp;
    if (bestOnly && p <= (best[c] as number)) continue;
    sum[c] = (sum[c] as number) + p;
    if (p > (best[c] as number)) {
      best[c] = p;
      idx[c] = index;
    }
  }
}
