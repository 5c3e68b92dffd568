import type { GridSpec } from '../geo/grid';
import { demHeightAt, demResolutionM, type Dem } from './dem';
import { bullingtonFromSlopes, deygoutLossDb, KNIFE_EDGE_V_MIN } from './diffraction';
import { EARTH_RADIUS_M, K_FACTOR_STANDARD, wavelengthM } from './profile';
import type { TerrainLossOptions, TerrainTerminal } from './terrain-types';
import { UpperHull } from './upper-hull';

/**
 * Terrain diffraction loss in dB (≥ 0, before the NLOS cap) for every pixel of `grid` as a receiver at
 * rxHeightM above ground, from one transmitter; NaN where the pixel lies outside the DEM or on NoData (all NaN
 * if the transmitter does). Computed by a radial sweep: radials spaced ≤ one pixel apart at the far edge,
 * sampled at min(DEM, grid) resolution, each keeping the upper convex hull of the terrain seen so far (Earth
 * curvature as a d²/(2kR) drop), so every receiver is evaluated in O(log n): Bullington exactly from the two
 * hull tangents; Deygout on the hull vertices only. Pixels take the nearest radial sample.
 */
export function terrainExtraLossDb(
  dem: Dem,
  tx: TerrainTerminal,
  grid: GridSpec,
  options: TerrainLossOptions,
): Float32Array {
  const out = new Float32Array(grid.width * grid.height).fill(NaN);
  const txGround = demHeightAt(dem, tx.e, tx.n);
  if (Number.isNaN(txGround) || grid.width * grid.height === 0) return out;
  const hts = txGround + tx.antennaHeightM;
  const method = options.method ?? 'bullington';
  const lambda = wavelengthM(options.fcGHz);
  const twoKR = 2 * (options.kFactor ?? K_FACTOR_STANDARD) * EARTH_RADIUS_M;
  const res = grid.resolutionM;
  const west = grid.originE;
  const east = grid.originE + grid.width * res;
  const north = grid.originN;
  const south = grid.originN - grid.height * res;
  const maxR = Math.max(
    Math.hypot(west - tx.e, north - tx.n),
    Math.hypot(east - tx.e, north - tx.n),
    Math.hypot(west - tx.e, south - tx.n),
    Math.hypot(east - tx.e, south - tx.n),
  );
  const step = Math.min(demResolutionM(dem), res);
  const rxStride = Math.max(1, Math.floor(res / 2 / step));
  const rxStep = step * rxStride;
  const nRx = Math.ceil(maxR / rxStep) + 2;
  const nSamples = (nRx - 1) * rxStride + 1;
  const nRadials = Math.max(8, Math.ceil((2 * Math.PI * maxR) / res));
  const table = new Float32Array(nRadials * nRx);
  const hull = new UpperHull(nSamples);
  const deygoutPath = {
    distancesM: hull.d,
    heightsM: hull.h,
    count: 0,
    txHeightM: hts,
    rxHeightM: 0,
    totalDistanceM: 0,
    wavelengthM: lambda,
  };

  for (let k = 0; k < nRadials; k++) {
    const theta = (2 * Math.PI * k) / nRadials;
    const cos = Math.cos(theta);
    const sin = Math.sin(theta);
    hull.clear();
    let txSlope = -Infinity;
    let txTangentD = 0;
    let txTangentH = 0;
    const row = k * nRx;
    for (let s = 0; s < nSamples; s++) {
      const d = s * step;
      const ground = demHeightAt(dem, tx.e + d * cos, tx.n + d * sin);
      const h = ground - (d * d) / twoKR;
      if (s % rxStride === 0) {
        const j = s / rxStride;
        if (Number.isNaN(ground)) table[row + j] = NaN;
        else if (s === 0 || hull.count === 0) table[row + j] = 0;
        else {
          const hrs = h + options.rxHeightM;
          const losSlope = (hrs - hts) / d;
          let losMaxV = -Infinity;
          const rxTangent = hull.tangentFromRight(d, hrs);
          if (txSlope < losSlope) {
            // LOS: v_max is taken at the three hull points that can hold it: the vertex deepest into the ray
            // (supporting line parallel to it) and the two tangent vertices.
            const deepest = hull.maxAlongSlope(losSlope);
            losMaxV = Math.max(
              vOverRay(hull.d[deepest] as number, hull.h[deepest] as number, hts, losSlope, d, lambda),
              vOverRay(hull.d[rxTangent] as number, hull.h[rxTangent] as number, hts, losSlope, d, lambda),
              vOverRay(txTangentD, txTangentH, hts, losSlope, d, lambda),
            );
          }
          let loss: number;
          if (method === 'bullington') {
            const rxSlope = ((hull.h[rxTangent] as number) - hrs) / (d - (hull.d[rxTangent] as number));
            loss = bullingtonFromSlopes({
              txHeightM: hts,
              rxHeightM: hrs,
              totalDistanceM: d,
              wavelengthM: lambda,
              txSlope,
              rxSlope,
              losMaxV,
            }).lossDb;
          } else if (txSlope < losSlope && !(losMaxV > KNIFE_EDGE_V_MIN)) {
            loss = 0;
          } else {
            deygoutPath.count = hull.count;
            deygoutPath.rxHeightM = hrs;
            deygoutPath.totalDistanceM = d;
            loss = deygoutLossDb(deygoutPath);
          }
          table[row + j] = loss;
        }
      }
      if (s > 0 && !Number.isNaN(h)) {
        hull.push(d, h);
        const slope = (h - hts) / d;
        if (slope > txSlope) {
          txSlope = slope;
          txTangentD = d;
          txTangentH = h;
        }
      }
    }
  }

  const dTheta = (2 * Math.PI) / nRadials;
  for (let r = 0; r < grid.height; r++) {
    const n = grid.originN - (r + 0.5) * res;
    for (let c = 0; c < grid.width; c++) {
      const e = grid.originE + (c + 0.5) * res;
      if (Number.isNaN(demHeightAt(dem, e, n))) continue;
      const de = e - tx.e;
      const dn = n - tx.n;
      let theta = Math.atan2(dn, de);
      if (theta < 0) theta += 2 * Math.PI;
      const k = Math.round(theta / dTheta) % nRadials;
      const j = Math.min(Math.round(Math.hypot(de, dn) / rxStep), nRx - 1);
      out[r * grid.width + c] = table[k * nRx + j] as number;
    }
  }
  return out;
}

/** Fresnel–Kirchhoff v of a point (distance di, height hi) over the ray from (0, hts) with the given slope, path length d. */
function vOverRay(di: number, hi: number, hts: number, slope: number, d: number, lambda: number): number {
  return (hi - hts - slope * di) * Math.sqrt((2 * d) / (lambda * di * (d - di)));
}
