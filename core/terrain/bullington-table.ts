import { KNIFE_EDGE_V_MIN, knifeEdgeLossDb } from './diffraction';

/** Table step in v and its end: beyond V_MAX (J > 37 dB) the closed form is used. */
const V_STEP = 1 / 256;
const V_MAX = 32;
const SIZE = Math.ceil((V_MAX - KNIFE_EDGE_V_MIN) / V_STEP) + 2;

/** J(v) and 1 − e^(−J(v)/6) every V_STEP from KNIFE_EDGE_V_MIN (linear interpolation is within 10⁻⁵ dB). */
const J = new Float64Array(SIZE);
const G = new Float64Array(SIZE);
for (let i = 0; i < SIZE; i++) {
  // P.526 eq. 31's closed form itself (knifeEdgeLossDb is 0 at v = −0.78 exactly, its limit from above is not).
  const a = KNIFE_EDGE_V_MIN + i * V_STEP - 0.1;
  const j = 6.9 + 20 * Math.log10(Math.sqrt(a * a + 1) + a);
  J[i] = j;
  G[i] = j > 0 ? 1 - Math.exp(-j / 6) : 0;
}

/**
 * bullingtonCorrectedDb (ITU-R P.526-15 eq. 57) from tables of J(v) and 1 − e^(−J/6): the terrain sweep evaluates
 * it at millions of pixels, where a logarithm and an exponential per pixel are a tenth of the work.
 */
export function bullingtonCorrectedTableDb(v: number, distanceM: number): number {
  if (!(v > KNIFE_EDGE_V_MIN)) return 0;
  if (v >= V_MAX) {
    const luc = knifeEdgeLossDb(v);
    return luc + (1 - Math.exp(-luc / 6)) * (10 + (0.02 * distanceM) / 1000);
  }
  const x = (v - KNIFE_EDGE_V_MIN) / V_STEP;
  const i = x | 0;
  const f = x - i;
  const j0 = J[i] as number;
  const luc = j0 + f * ((J[i + 1] as number) - j0);
  if (!(luc > 0)) return 0;
  const g0 = G[i] as number;
  return luc + (g0 + f * ((G[i + 1] as number) - g0)) * (10 + (0.02 * distanceM) / 1000);
}
